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

class SelfIssuedTokens {
    private final SecretKey key;

    SelfIssuedTokens(SecretKey key) { this.key = key; }

    String issue(String user) {
        return Jwts.builder().subject(user)
                .expiration(new java.util.Date(System.currentTimeMillis() + 600_000))
                .signWith(key).compact();
    }

    Claims read(String token) {
        // the class signs what it reads: no other issuer or audience exists here
        // ok: jjwt-parser-without-issuer-audience
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }

    Claims verifyPartnerToken(String token) {
        // a partner holds the same key: iss/aud tell its tokens from ours
        // ruleid: jjwt-parser-without-issuer-audience
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }
}

class LegacySelfIssued {
    private String secret;

    Claims read(String token) {
        // ok: jjwt-parser-without-issuer-audience
        return Jwts.parser().setSigningKey(secret).parseClaimsJws(token).getBody();
    }

    String generate(java.util.Map<String, Object> claims) {
        String token = Jwts.builder().setClaims(claims).signWith(SignatureAlgorithm.HS512, secret).compact();
        return token;
    }
}
