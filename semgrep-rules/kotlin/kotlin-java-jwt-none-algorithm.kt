import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm

object DevTokens {
    // ruleid: kotlin-java-jwt-none-algorithm
    fun issue(user: String): String = JWT.create().withSubject(user).sign(Algorithm.none())

    // ruleid: kotlin-java-jwt-none-algorithm
    val verifier = JWT.require(Algorithm.none()).build()

    // ok: kotlin-java-jwt-none-algorithm
    fun real(user: String, secret: String): String = JWT.create().withSubject(user).sign(Algorithm.HMAC256(secret))
}
