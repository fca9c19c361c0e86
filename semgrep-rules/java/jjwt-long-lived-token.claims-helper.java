import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import java.util.Map;
class ClaimsHelperWithoutExpiry {
    private static final String SECRET = System.getenv("JWT_SECRET");

    public static String createToken(Map<String, Object> claims) {
        // ruleid: jjwt-long-lived-token
        String token = Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.HS512, SECRET).compact();
        return token;
    }

    public static String createTyped(java.util.HashMap<String, Object> claims, String subject) {
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().claims(claims).subject(subject).signWith(Keys.hmacShaKeyFor(SECRET.getBytes())).compact();
    }

    public static String fromClaimsObject(Claims claims) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.HS512, SECRET).compact();
    }
}

class RefreshHelper {
    private static final String SECRET = System.getenv("JWT_SECRET");

    public static String refreshToken(Map<String, Object> claims) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.HS512, SECRET).compact();
    }
}
