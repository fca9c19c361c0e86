import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.fasterxml.jackson.databind.ObjectMapper

class JwtManager(private val alg: Algorithm, private val om: ObjectMapper) {
    fun access(principal: PrincipalDetails): String = JWT.create()
        .withSubject(principal.username)
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("principal", om.writeValueAsString(principal))
        .sign(alg)

    fun ssn(user: User): String = JWT.create()
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("ssn", user.ssn)
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("userId", user.id)
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("apiKeyName", user.keyName)
        .sign(alg)
}

class LoginFilter(private val jwtManager: JwtManager, private val om: ObjectMapper) {
    fun onSuccess(principal: PrincipalDetails): String {
        // ruleid: kotlin-java-jwt-sensitive-claims
        return jwtManager.generateAccessToken(om.writeValueAsString(principal))
    }

    fun onSuccessId(principal: PrincipalDetails): String {
        // ok: kotlin-java-jwt-sensitive-claims
        return jwtManager.generateAccessToken(principal.username)
    }
}

class PayloadMapIssuer(private val algorithm: Algorithm) {
    fun issue(account: Account): String = JWT.create()
        .withPayload(mapOf(
            "sub" to account.id,
            // ruleid: kotlin-java-jwt-sensitive-claims
            "password" to account.password,
            // ok: kotlin-java-jwt-sensitive-claims
            "plan" to account.plan,
        ))
        .sign(algorithm)

    fun issueValue(account: Account): String = JWT.create()
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("h", account.passwordHash)
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("name", account.displayName)
        .sign(algorithm)
}

class LocalizedTokens(private val alg: Algorithm) {
    fun brukerToken(bruker: Bruker): String = JWT.create()
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("brukernavn", bruker.brukernavn)
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("passord", bruker.passord)
        .sign(alg)

    fun konto(konto: Konto): String = JWT.create()
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("login", konto.passwort)
        .sign(alg)

    fun federated(oauthAccessToken: String, sessionId: String): String = JWT.create()
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("github_access_token", oauthAccessToken)
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("token_type", "access")
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("refresh_token_id", sessionId)
        .sign(alg)
}

class PatientTokens(private val alg: Algorithm) {
    fun issue(patient: Patient): String = JWT.create()
        .withSubject(patient.id.toString())
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("insuranceNumber", patient.insuranceNumber)
        // ruleid: kotlin-java-jwt-sensitive-claims
        .withClaim("dob", patient.birthday)
        // ok: kotlin-java-jwt-sensitive-claims
        .withClaim("ward", patient.ward)
        .sign(alg)
}

