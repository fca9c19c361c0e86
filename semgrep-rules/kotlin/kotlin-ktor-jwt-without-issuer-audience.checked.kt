import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.algorithms.Algorithm

object TokenCheck {
    private val algorithm = Algorithm.HMAC256(loadKey())
    // ok: kotlin-ktor-jwt-without-issuer-audience
    private val verifier: JWTVerifier = JWT.require(algorithm).build()

    fun verify(token: String, expectedAudience: String): Boolean {
        val decoded = verifier.verify(token)
        require(decoded.audience.single() == expectedAudience) { "wrong audience" }
        return true
    }
}

object LaterTokens {
    // ruleid: kotlin-ktor-jwt-without-issuer-audience
    val unchecked: JWTVerifier = JWT.require(Algorithm.HMAC256(loadKey())).build()
}
