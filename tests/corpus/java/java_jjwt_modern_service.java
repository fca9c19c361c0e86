package com.acme.billing.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class BillingTokenService {

    private static final String ISSUER = "https://auth.acme.example";
    private static final String AUDIENCE = "billing-api";

    private final SecretKey signingKey;
    // expect: jwt-weak-secret
    private final SecretKey webhookKey = Keys.hmacShaKeyFor("billing-webhook-signing-key-please-change!!".getBytes(StandardCharsets.UTF_8));

    public BillingTokenService(@Value("${billing.jwt.key}") String base64Key) {
        // safe: jwt-weak-secret
        this.signingKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(base64Key));
    }

    public String issueAccessToken(String accountId, List<String> scopes) {
        Instant now = Instant.now();
        // safe: jwt-long-lived, jwt-sensitive-payload
        return Jwts.builder()
                .id(UUID.randomUUID().toString())
                .issuer(ISSUER)
                .audience().add(AUDIENCE).and()
                .subject(accountId)
                .claim("scope", String.join(" ", scopes))
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(10, ChronoUnit.MINUTES)))
                .signWith(signingKey)
                .compact();
    }

    public String issueReportLink(String accountId, String reportId) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(accountId)
                .claim("report", reportId)
                // expect: jwt-long-lived
                .expiration(Date.from(now.plus(Duration.ofDays(30))))
                .signWith(signingKey)
                .compact();
    }

    public String issueWebhookToken(String tenant) {
        // expect: jwt-long-lived
        return Jwts.builder().subject(tenant).expiration(Date.from(Instant.now().plus(12, ChronoUnit.HOURS))).signWith(webhookKey).compact();
    }

    public Claims verifyAccessToken(String token) {
        // safe: jwt-claims-not-validated, jwt-signature-not-verified, jwt-none-algorithm
        return Jwts.parser()
                .verifyWith(signingKey)
                .requireIssuer(ISSUER)
                .requireAudience(AUDIENCE)
                .clockSkewSeconds(30)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    public Claims verifyInternal(String token) {
        // expect: jwt-claims-not-validated
        return Jwts.parser()
                .verifyWith(signingKey)
                .requireIssuer(ISSUER)
                .requireAudience(AUDIENCE)
                .clockSkewSeconds(Duration.ofDays(1).toSeconds())
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    public Claims verifyPartnerToken(String token) {
        // expect: jwt-claims-not-validated
        return Jwts.parser().verifyWith(signingKey).build().parseSignedClaims(token).getPayload();
    }

    public Claims readDebugToken(String token) {
        // expect: jwt-none-algorithm
        return Jwts.parser().unsecured().build().parseUnsecuredClaims(token).getPayload();
    }

    public String issueTestFixtureToken(String subject) {
        // expect: jwt-none-algorithm
        return Jwts.builder().subject(subject).issuer(ISSUER).expiration(Date.from(Instant.now().plusSeconds(300))).compact();
    }

}
