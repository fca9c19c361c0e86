import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.util.Map;

class TokenServiceWithRedisLogin {
    private static final String SECRET = System.getenv("JWT_SECRET");
    private RedisCache redisCache;

    public String createToken(LoginUser loginUser) {
        String userKey = "login_tokens:" + loginUser.getToken();
        redisCache.setCacheObject(userKey, loginUser, 30, java.util.concurrent.TimeUnit.MINUTES);
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("login_user_key", loginUser.getToken());
        return createToken(claims);
    }

    private String createToken(Map<String, Object> claims) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.HS512, SECRET).compact();
    }
}
