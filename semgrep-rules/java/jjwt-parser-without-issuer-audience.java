package com.example.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import javax.crypto.SecretKey;

public class AudienceCheck {
    private final SecretKey key;
    // ruleid: jjwt-parser-without-issuer-audience
    private final JwtParser parser = Jwts.parser().verifyWith(KeyHolder.KEY).build();

    public AudienceCheck(SecretKey key) { this.key = key; }

    public Claims bare(String token) {
        // ruleid: jjwt-parser-without-issuer-audience
        return Jwts.parser()
                .verifyWith(key)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    public Claims legacy(String token) {
        // ruleid: jjwt-parser-without-issuer-audience
        Claims claims = Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
        return claims;
    }

    public Claims pinned(String token) {
        // ok: jjwt-parser-without-issuer-audience
        return Jwts.parser().verifyWith(key).requireIssuer("https://auth.example.com")
                .requireAudience("orders-api").build().parseSignedClaims(token).getPayload();
    }

    public Claims issuerOnly(String token) {
        // ok: jjwt-parser-without-issuer-audience
        return Jwts.parserBuilder().setSigningKey(key).requireIssuer("auth").build().parseClaimsJws(token).getBody();
    }
}
