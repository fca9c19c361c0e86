package com.example.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

public class JwtKeys {
    private static final String SECRET = "my-super-secret-key-that-is-long-enough-for-hs256";

    public SecretKey fromConstant() {
        // ruleid: jjwt-hardcoded-secret
        return Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    public SecretKey fromBase64() {
        // ruleid: jjwt-hardcoded-secret
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA=="));
    }

    public Object legacyParse(String token) {
        // ruleid: jjwt-hardcoded-secret
        return Jwts.parser().setSigningKey("secret").parseClaimsJws(token).getBody();
    }

    public String legacySign(String user) {
        // ruleid: jjwt-hardcoded-secret
        return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS512, "changeme").compact();
    }

    public String specKey(String user) {
        Key key = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256");
        // ruleid: jjwt-hardcoded-secret
        return Jwts.builder().subject(user).signWith(key).compact();
    }

    public SecretKey fromEnv() {
        // ok: jjwt-hardcoded-secret
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(System.getenv("JWT_SECRET")));
    }

    public String generated(String user) {
        SecretKey key = Jwts.SIG.HS256.key().build();
        // ok: jjwt-hardcoded-secret
        return Jwts.builder().subject(user).signWith(key).compact();
    }

    public Object envParse(String token, String secret) {
        // ok: jjwt-hardcoded-secret
        return Jwts.parser().setSigningKey(secret.getBytes()).parseClaimsJws(token).getBody();
    }
}

class TokenIssuerWithDefaults {

    // ruleid: jjwt-hardcoded-secret
    @Value("${security.jwt.signing-key:s3cr3t-signing-key-for-local-runs}")
    private String signingKey;

    // ok: jjwt-hardcoded-secret
    @Value("${security.jwt.issuer:orders-service}")
    private String issuer;

    // ok: jjwt-hardcoded-secret
    @Value("${security.jwt.verify-key}")
    private String verifyKey;

    String issue(String user) {
        return Jwts.builder().setSubject(user).setIssuer(issuer)
                .signWith(SignatureAlgorithm.HS512, signingKey).compact();
    }

    Claims read(String token) {
        return Jwts.parser().setSigningKey(verifyKey.getBytes()).parseClaimsJws(token).getBody();
    }

    String localKey(String user) {
        // ruleid: jjwt-hardcoded-secret
        String hmac = "p4ssw0rd-used-as-the-hmac-key-for-tests";
        long now = System.currentTimeMillis();
        return Jwts.builder().setSubject(user).setIssuedAt(new java.util.Date(now))
                .signWith(Keys.hmacShaKeyFor(hmac.getBytes(StandardCharsets.UTF_8)))
                .compact();
    }

    Claims legacyCodec(String token) {
        // ruleid: jjwt-hardcoded-secret
        return Jwts.parser().setSigningKey(TextCodec.BASE64.encode("legacy-shared-secret")).parseClaimsJws(token).getBody();
    }

    String keyFromPath(String user) throws Exception {
        // ok: jjwt-hardcoded-secret
        String location = "/etc/keys/jwt-private.pem";
        return Jwts.builder().setSubject(user).signWith(loadPrivateKey(location)).compact();
    }

    private java.security.PrivateKey loadPrivateKey(String path) {
        return null;
    }
}

class VotesTokens {
    // ruleid: jjwt-hardcoded-secret
    public static final String JWT_PASSWORD = TextCodec.BASE64.encode("victory");
    // ok: jjwt-hardcoded-secret
    private static final String GREETING = TextCodec.BASE64.encode("hello");

    String login(String user) {
        return Jwts.builder().claim("user", user)
                .signWith(SignatureAlgorithm.HS512, JWT_PASSWORD)
                .compact();
    }

    Object read(String token) {
        return Jwts.parser().setSigningKey(JWT_PASSWORD).parseClaimsJws(token).getBody();
    }

    String greet() {
        return GREETING;
    }
}

class BytesField {
    // ruleid: jjwt-hardcoded-secret
    private final byte[] signingBytes = "bytes-of-a-literal-hmac-key-in-source".getBytes(StandardCharsets.UTF_8);

    String issue(String user) {
        return Jwts.builder().subject(user).signWith(Keys.hmacShaKeyFor(signingBytes)).compact();
    }
}

class WordListKey {
    public static final String[] SECRETS = {"victory", "business", "available", "shipping"};
    // ruleid: jjwt-hardcoded-secret
    public static final String JWT_SECRET = TextCodec.BASE64.encode(SECRETS[new java.util.Random().nextInt(SECRETS.length)]);

    String issue(String user) {
        return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, JWT_SECRET).compact();
    }
}


class EnvFallbackKeys {
    private org.springframework.core.env.Environment env;

    String fromEnvMap(String user) {
        // ruleid: jjwt-hardcoded-secret
        String secret = System.getenv().getOrDefault("JWT_SECRET", "dev-secret-change-me-0123456789abcdef");
        return Jwts.builder().subject(user).signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8))).compact();
    }

    String fromOptional(String user) {
        // ruleid: jjwt-hardcoded-secret
        String s = java.util.Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("fallback-secret");
        return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, s).compact();
    }

    Object inlineProperty(String token) {
        // ruleid: jjwt-hardcoded-secret
        return Jwts.parser().setSigningKey(env.getProperty("jwt.secret", "property-default-secret")).parseClaimsJws(token).getBody();
    }

    String requiredEnv(String user) {
        // ok: jjwt-hardcoded-secret
        String secret = java.util.Objects.requireNonNull(System.getenv("JWT_SECRET"), "JWT_SECRET is not set");
        return Jwts.builder().subject(user).signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8))).compact();
    }

    String issuerFallback(String user, SecretKey key) {
        // ok: jjwt-hardcoded-secret
        String issuer = env.getProperty("jwt.issuer", "orders");
        return Jwts.builder().subject(user).issuer(issuer).signWith(key).compact();
    }
}

class InlineEncodedKey {
    String issue(String user) {
        // ruleid: jjwt-hardcoded-secret
        return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, java.util.Base64.getEncoder().encodeToString("secret".getBytes())).compact();
    }
}

class IssuerFromPropertyInChain {
    private org.springframework.core.env.Environment env;

    String issue(String user, SecretKey key) {
        // ok: jjwt-hardcoded-secret
        return Jwts.builder().subject(user).issuer(env.getProperty("jwt.issuer", "orders")).signWith(key).compact();
    }
}

class CtorInjectedKeys {
    private final javax.crypto.SecretKey signingKey;
    private final javax.crypto.SecretKey otherKey;

    public CtorInjectedKeys(
            // ruleid: jjwt-hardcoded-secret
            @Value("${app.security.jwt.secret:4f1b2c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c}") String secret,
            // ok: jjwt-hardcoded-secret
            @Value("${app.security.jwt.issuer:orders}") String issuer,
            // ok: jjwt-hardcoded-secret
            @Value("${app.security.jwt.other-secret}") String other) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.otherKey = Keys.hmacShaKeyFor(other.getBytes(StandardCharsets.UTF_8));
    }
}


class DigestedKeyProvider {

    // ruleid: jjwt-hardcoded-secret
    @Value("${security.jwt.token.secret-key:secret-key}")
    private String secretKey;

    // ok: jjwt-hardcoded-secret
    @Value("${security.jwt.token.expire-length:3600000}")
    private long validityInMilliseconds;

    // ok: jjwt-hardcoded-secret
    @Value("${security.jwt.token.refresh-secret}")
    private String refreshSecret;

    private SecretKey signingKey;
    private SecretKey refreshKey;

    @PostConstruct
    protected void init() {
        try {
            byte[] keyBytes = MessageDigest.getInstance("SHA-256").digest(secretKey.getBytes(StandardCharsets.UTF_8));
            signingKey = Keys.hmacShaKeyFor(keyBytes);
            byte[] refreshBytes = Decoders.BASE64.decode(refreshSecret);
            refreshKey = Keys.hmacShaKeyFor(refreshBytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
