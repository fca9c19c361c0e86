import com.fasterxml.jackson.databind.ObjectMapper
import io.jsonwebtoken.Jwts

class Tokens(private val key: javax.crypto.SecretKey, private val mapper: ObjectMapper) {
    fun issue(user: Member): String = Jwts.builder()
        .subject(user.id.toString())
        // ruleid: kotlin-jjwt-sensitive-claims
        .claim("password", user.password)
        // ok: kotlin-jjwt-sensitive-claims
        .claim("roles", user.roles)
        // ok: kotlin-jjwt-sensitive-claims
        .claim("secretId", user.vaultSecretId)
        .signWith(key).compact()

    fun whole(principal: PrincipalDetails): String = Jwts.builder()
        // ruleid: kotlin-jjwt-sensitive-claims
        .claim("principal", mapper.writeValueAsString(principal))
        .signWith(key).compact()
}

fun Route.userRoutes(repo: UserRepository) {
    // ok: kotlin-jjwt-sensitive-claims
    put("password") {
        repo.recover(call.receive())
    }
}

fun legacyClaims(user: Member, key: javax.crypto.SecretKey): String {
    val claims = Jwts.claims().setSubject(user.email)
    // ruleid: kotlin-jjwt-sensitive-claims
    claims.put("password", user.password)
    return Jwts.builder().setClaims(claims).signWith(key).compact()
}

class RecordClaims(private val key: javax.crypto.SecretKey) {
    fun whole(user: User): String =
        // ruleid: kotlin-jjwt-sensitive-claims
        Jwts.builder().claim("user", user).signWith(key).compact()

    fun property(member: Member): String =
        // ruleid: kotlin-jjwt-sensitive-claims
        Jwts.builder().claim("credential", member.password).signWith(key).compact()

    fun serializedSubject(user: User): String =
        // ruleid: kotlin-jjwt-sensitive-claims
        Jwts.builder().subject(Gson().toJson(user)).signWith(key).compact()

    fun ids(user: User): String =
        // ok: kotlin-jjwt-sensitive-claims
        Jwts.builder().subject(user.id.toString()).claim("roles", user.roles).claim("userId", user.id).signWith(key).compact()
}

class NameClaim(private val key: javax.crypto.SecretKey) {
    fun byName(user: String): String =
        // ok: kotlin-jjwt-sensitive-claims
        Jwts.builder().claim("user", user).signWith(key).compact()
}

class MapClaimsIssuer(private val key: SecretKey) {
    fun issue(member: Member): String = Jwts.builder()
        .claims(mapOf(
            "uid" to member.id,
            // ruleid: kotlin-jjwt-sensitive-claims
            "pwd" to member.passwordHash,
            // ok: kotlin-jjwt-sensitive-claims
            "tier" to member.tier,
        ))
        .signWith(key)
        .compact()

    fun issueMutable(member: Member): String {
        val claims = mutableMapOf<String, Any>("uid" to member.id)
        // ruleid: kotlin-jjwt-sensitive-claims
        claims["card_number"] = member.cardNumber
        // ok: kotlin-jjwt-sensitive-claims
        claims["locale"] = member.locale
        return Jwts.builder().claims(claims).signWith(key).compact()
    }
}

class SenhaTokens(private val key: javax.crypto.SecretKey) {
    fun issue(usuario: Usuario): String = Jwts.builder()
        // ok: kotlin-jjwt-sensitive-claims
        .claim("nome", usuario.nome)
        // ruleid: kotlin-jjwt-sensitive-claims
        .claim("senha", usuario.senha)
        // ruleid: kotlin-jjwt-sensitive-claims
        .claim("upstreamAccessToken", usuario.token)
        // ok: kotlin-jjwt-sensitive-claims
        .claim("accessTokenExpiresAt", usuario.expiry)
        .signWith(key).compact()
}

class ProfileTokens(private val key: javax.crypto.SecretKey, private val objectMapper: com.fasterxml.jackson.databind.ObjectMapper) {
    fun issue(customer: Customer): String {
        val profile: Map<String, Any?> = objectMapper.convertValue(customer, Map::class.java).mapKeys { it.key.toString() }
        return Jwts.builder()
            // ruleid: kotlin-jjwt-sensitive-claims
            .claims(profile)
            .subject(customer.id.toString())
            .signWith(key)
            .compact()
    }

    fun issueDirect(customer: Customer): String = Jwts.builder()
        // ruleid: kotlin-jjwt-sensitive-claims
        .claims(objectMapper.convertValue(customer, Map::class.java) as Map<String, Any>)
        .signWith(key)
        .compact()

    fun issueScoped(customer: Customer): String {
        val scoped = mapOf("sub" to customer.id.toString(), "tier" to customer.tier)
        // ok: kotlin-jjwt-sensitive-claims
        return Jwts.builder().claims(scoped).signWith(key).compact()
    }

    fun issueDriver(driver: Driver): String {
        val claims: MutableMap<String, Any> = HashMap()
        // ok: kotlin-jjwt-sensitive-claims
        claims["depot"] = driver.depot
        // ruleid: kotlin-jjwt-sensitive-claims
        claims["driverLicenseNumber"] = driver.license
        // ruleid: kotlin-jjwt-sensitive-claims
        claims["insurance_number"] = driver.insurance
        // ok: kotlin-jjwt-sensitive-claims
        claims["licenseTier"] = driver.tier
        return Jwts.builder().setClaims(claims).signWith(key).compact()
    }
}

