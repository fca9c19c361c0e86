package com.example.gateway;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import javax.crypto.SecretKey;

// The parser pins only the key; a separate validator method of the same class
// compares the issuer and audience before the claims are trusted.
public class PartnerTokenVerifier {
    private static final String ISSUER = "https://partner.example.com";
    private final SecretKey key;

    public PartnerTokenVerifier(SecretKey key) { this.key = key; }

    public Claims verifyPartnerToken(String token) {
        // ok: jjwt-parser-without-issuer-audience
        Claims claims = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
        validateClaims(claims);
        return claims;
    }

    private void validateClaims(Claims claims) {
        if (!ISSUER.equals(claims.getIssuer()) || !claims.getAudience().contains("gateway")) {
            throw new IllegalArgumentException("wrong issuer or audience");
        }
    }
}
