import io.jsonwebtoken.Jwts
import java.time.Instant
import java.util.Date

// The JWT authenticates this app to Google's token endpoint (RFC 7523); it is no access token.
class PushServiceCredentials(private val privateKey: java.security.PrivateKey) {
    // ok: kotlin-jjwt-long-lived-token
    private val accessTokenValidTime = 24 * 60 * 60 * 1000L

    private fun fetchToken(tokenUri: String): String {
        val now = Instant.now()
        val assertion = Jwts.builder()
            .claim("aud", tokenUri)
            .expiration(Date(now.toEpochMilli() + accessTokenValidTime))
            .signWith(privateKey)
            .compact()
        return http.postForm(tokenUri, mapOf("grant_type" to "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion" to assertion))
    }
}
