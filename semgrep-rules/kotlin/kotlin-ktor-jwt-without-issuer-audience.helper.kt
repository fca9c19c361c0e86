import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.algorithms.Algorithm
import java.util.Date

open class TokenHelper(secret: String, private val issuer: String) {
    private val algorithm = Algorithm.HMAC256(secret)

    // ruleid: kotlin-ktor-jwt-without-issuer-audience
    val verifier: JWTVerifier = JWT.require(algorithm).build()

    // ok: kotlin-ktor-jwt-without-issuer-audience
    val strictVerifier: JWTVerifier = JWT.require(algorithm).withIssuer(issuer).build()

    fun sign(name: String): String = JWT.create()
        .withClaim("name", name)
        .withExpiresAt(Date(System.currentTimeMillis() + 600_000))
        .sign(algorithm)
}
