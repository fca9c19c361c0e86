import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

fun Application.configureSecurity(secret: String, issuer: String, audience: String) {
    install(Authentication) {
        jwt("auth-jwt") {
            // ruleid: kotlin-ktor-jwt-without-issuer-audience
            verifier(JWT.require(Algorithm.HMAC256(secret)).build())
            validate { credential -> JWTPrincipal(credential.payload) }
        }
        jwt("checked") {
            // ok: kotlin-ktor-jwt-without-issuer-audience
            verifier(JWT.require(Algorithm.HMAC256(secret)).withAudience(audience).withIssuer(issuer).build())
        }
    }
}

fun Application.configureSeparateVerifier(secret: String, issuer: String) {
    // ruleid: kotlin-ktor-jwt-without-issuer-audience
    val tokenVerifier = JWT.require(Algorithm.HMAC256(secret))
        .acceptLeeway(5)
        .build()
    // ok: kotlin-ktor-jwt-without-issuer-audience
    val checkedVerifier = JWT.require(Algorithm.HMAC256(secret))
        .withIssuer(issuer)
        .build()
    install(Authentication) {
        jwt("separate") {
            verifier(tokenVerifier)
            validate { JWTPrincipal(it.payload) }
        }
        jwt("checked-separate") {
            verifier(checkedVerifier)
            validate { JWTPrincipal(it.payload) }
        }
    }
}

class ProviderTokens(keys: com.auth0.jwk.JwkProvider, issuers: Array<String>, audiences: Array<String>) {
    // ok: kotlin-ktor-jwt-without-issuer-audience
    private val idTokenVerifier = JWT.require(Algorithm.RSA256(RsaKeys(keys)))
        .withAnyOfIssuer(*issuers)
        .withAnyOfAudience(*audiences)
        .build()
}
