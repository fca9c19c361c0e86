import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

// The JWT authenticates this app to the provider's token endpoint (RFC 7523); it is no access token.
public class ServiceAccountCredentials {
    private String fetchAccessToken(Algorithm rs256, String clientEmail, String tokenUri) {
        // ok: java-jwt-long-lived-token
        String assertion = JWT.create()
                .withIssuer(clientEmail)
                .withAudience(tokenUri)
                .withExpiresAt(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .sign(rs256);
        return http.postForm(tokenUri, Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion));
    }
}
