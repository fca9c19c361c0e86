import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import java.util.Date

// The JWT authenticates this app to the provider's token endpoint (RFC 7523); it is no access token.
class ServiceAccountCredentials(private val algorithm: Algorithm) {
    companion object {
        // ok: kotlin-java-jwt-long-lived-token
        const val ACCESS_TOKEN_EXPIRATION = 1000L * 60 * 60 * 24
    }

    fun fetch(tokenUri: String): String {
        val assertion = JWT.create().withAudience(tokenUri)
            .withExpiresAt(Date(System.currentTimeMillis() + ACCESS_TOKEN_EXPIRATION)).sign(algorithm)
        return http.postForm(tokenUri, mapOf("grant_type" to "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion" to assertion))
    }
}
