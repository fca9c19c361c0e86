import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.algorithms.Algorithm

object Verifiers {
    private val algorithm = Algorithm.HMAC256(System.getenv("JWT_SECRET"))

    val strict: JWTVerifier = JWT
        .require(algorithm)
        .withIssuer("notes-api")
        // ok: kotlin-java-jwt-expiry-leeway
        .acceptLeeway(5)
        .build()

    val lenient: JWTVerifier = JWT
        .require(algorithm)
        .withIssuer("notes-api")
        // ruleid: kotlin-java-jwt-expiry-leeway
        .acceptExpiresAt(1_000_000_000)
        .build()

    val dayLong: JWTVerifier = JWT.require(algorithm)
        // ruleid: kotlin-java-jwt-expiry-leeway
        .acceptLeeway(24L * 60 * 60)
        .build()

    val skew: JWTVerifier = JWT.require(algorithm)
        // ok: kotlin-java-jwt-expiry-leeway
        .acceptExpiresAt(60)
        .build()
}
