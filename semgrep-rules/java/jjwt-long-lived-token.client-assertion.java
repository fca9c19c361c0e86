import io.jsonwebtoken.Jwts;
import java.security.PrivateKey;
import java.util.Date;
import java.util.Map;

// The JWT authenticates this app to the provider's token endpoint (RFC 7523); it is no access token.
public class ServiceAccountCredentials {
    // ok: jjwt-long-lived-token
    private static final long ASSERTION_VALIDITY_MS = 3600000L;
    private PrivateKey privateKey;

    private String fetchAccessToken(String clientEmail, String tokenUri) {
        long now = System.currentTimeMillis();
        String assertion = Jwts.builder()
                .issuer(clientEmail)
                .claim("aud", tokenUri)
                .expiration(new Date(now + ASSERTION_VALIDITY_MS))
                .signWith(privateKey)
                .compact();
        return http.postForm(tokenUri, Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion));
    }
}
