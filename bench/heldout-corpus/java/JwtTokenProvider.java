package com.example.orders.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues and validates access tokens for the orders API (jjwt 0.12).
 */
@Component
public class JwtTokenProvider {

    private static final Duration ACCESS_TTL = Duration.ofMinutes(15);

    private final SecretKey signingKey;
    private final String issuer;
    private final String audience;

    public JwtTokenProvider(
            // expect: jwt-weak-secret
            @Value("${app.security.jwt.secret:4f1b2c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c}") String secret,
            @Value("${app.security.jwt.issuer}") String issuer,
            @Value("${app.security.jwt.audience}") String audience) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
        this.audience = audience;
    }

    public String createAccessToken(AppUser user) {
        Instant now = Instant.now();
        return Jwts.builder()
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .audience().add(audience).and()
                .subject(user.getId().toString())
                // safe: jwt-sensitive-payload
                .claim("roles", user.getRoles())
                .issuedAt(Date.from(now))
                // safe: jwt-long-lived
                .expiration(Date.from(now.plus(ACCESS_TTL)))
                .signWith(signingKey)
                .compact();
    }

    public String createSupportImpersonationToken(AppUser user, String agentId) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(user.getId().toString())
                .claim("act", Map.of("sub", agentId))
                .claim("email", user.getEmail())
                // expect: jwt-sensitive-payload
                .claim("passwordHash", user.getPasswordHash())
                .issuedAt(Date.from(now))
                // expect: jwt-long-lived
                .expiration(Date.from(now.plus(Duration.ofHours(12))))
                .signWith(signingKey)
                .compact();
    }

    public Jws<Claims> validate(String token) {
        return Jwts.parser()
                // safe: jwt-none-algorithm
                .verifyWith(signingKey)
                // safe: jwt-claims-not-validated
                .requireIssuer(issuer)
                .requireAudience(audience)
                .build()
                .parseSignedClaims(token);
    }

    /**
     * Tokens minted by the old mobile gateway before the migration were unsigned.
     * Kept until the last app version that uses them is retired.
     */
    public Claims parseGatewayToken(String token) {
        try {
            return Jwts.parser()
                    // expect: jwt-none-algorithm
                    .unsecured()
                    .build()
                    .parseUnsecuredClaims(token)
                    .getPayload();
        } catch (JwtException ex) {
            return validate(token).getPayload();
        }
    }

    public Claims parseBatchToken(String token) {
        return Jwts.parser()
                .verifyWith(signingKey)
                .requireIssuer(issuer)
                // expect: jwt-claims-not-validated
                .clockSkewSeconds(172800)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    @SuppressWarnings("unchecked")
    public List<String> roles(Claims claims) {
        return (List<String>) claims.get("roles", List.class);
    }

    public interface AppUser {
        UUID getId();
        String getEmail();
        String getPasswordHash();
        List<String> getRoles();
    }
}
