package com.acme.billing.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import org.springframework.stereotype.Service;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

@Service
public class TokenService {

    static final String ISSUER = "https://billing.acme.io";
    static final String AUDIENCE = "billing-api";
    static final String REFRESH_AUDIENCE = "billing-refresh";

    private final SecretKey key;
    private final RefreshTokenRepository refreshTokens;

    public TokenService(RefreshTokenRepository refreshTokens) {
        // safe: jwt-weak-secret
        this.key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(System.getenv("BILLING_JWT_KEY")));
        this.refreshTokens = refreshTokens;
    }

    public String issueAccessToken(Account account) {
        Instant now = Instant.now();
        return Jwts.builder()
                .issuer(ISSUER)
                .audience().add(AUDIENCE).and()
                .subject(account.getId().toString())
                // safe: jwt-sensitive-payload
                .claim("scope", String.join(" ", account.getScopes()))
                .issuedAt(Date.from(now))
                // safe: jwt-long-lived
                .expiration(Date.from(now.plus(10, ChronoUnit.MINUTES)))
                .signWith(key)
                .compact();
    }

    public String issueRefreshToken(Account account, int generation) {
        Instant now = Instant.now();
        String jti = UUID.randomUUID().toString();
        refreshTokens.save(new RefreshToken(jti, account.getId(), now.plus(30, ChronoUnit.DAYS), generation));
        return Jwts.builder()
                .id(jti)
                .issuer(ISSUER)
                .audience().add(REFRESH_AUDIENCE).and()
                .subject(account.getId().toString())
                // safe: jwt-long-lived
                .expiration(Date.from(now.plus(30, ChronoUnit.DAYS)))
                .signWith(key)
                .compact();
    }

    public Claims parseAccessToken(String token) {
        // safe: jwt-claims-not-validated, jwt-signature-not-verified
        return Jwts.parser()
                .verifyWith(key)
                .requireIssuer(ISSUER)
                .requireAudience(AUDIENCE)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    public String rotate(String refreshToken, Account account) {
        Claims claims = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(ISSUER)
                .requireAudience(REFRESH_AUDIENCE)
                .build()
                .parseSignedClaims(refreshToken)
                .getPayload();
        RefreshToken stored = refreshTokens.findById(claims.getId())
                .orElseThrow(() -> new InvalidRefreshTokenException("unknown refresh token"));
        refreshTokens.delete(stored);
        return issueRefreshToken(account, stored.getGeneration() + 1);
    }

    /** Old Android builds (< 3.2) still send their session token without a signature. */
    public Claims parseLegacyMobileToken(String token) {
        // expect: jwt-none-algorithm
        return (Claims) Jwts.parser().unsecured().verifyWith(key)
                .requireIssuer(ISSUER)
                .requireAudience(AUDIENCE)
                .build()
                .parse(token)
                .getPayload();
    }

    /** Lets the invoice-export job finish with the token it started with. */
    public Claims parseForExportJob(String token) {
        return Jwts.parser()
                .verifyWith(key)
                .requireIssuer(ISSUER)
                .requireAudience(AUDIENCE)
                // expect: jwt-claims-not-validated
                .clockSkewSeconds(7 * 24 * 3600)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }
}
