package com.example.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.SignatureAlgorithm;
import javax.crypto.SecretKey;

public class TokenCodec {
    private final SecretKey key;

    public TokenCodec(SecretKey key) { this.key = key; }

    public Claims parseLenient(String token) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.parser().unsecured().build().parseUnsecuredClaims(token).getPayload();
    }

    public Object parseAnything(String token) {
        JwtParserBuilder b = Jwts.parser();
        // ruleid: jjwt-unsecured-jwt
        b.unsecured();
        return b.build().parse(token);
    }

    public Claims legacyUnsigned(String token) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.parser().parseClaimsJwt(token).getBody();
    }

    public String unsignedLegacy(String user) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.NONE, key).compact();
    }

    public String noSignature(String user) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.builder()
                .subject(user)
                .claim("role", "user")
                .compact();
    }

    public Claims keyedButUnsigned(String token) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJwt(token).getBody();
    }

    public String signed(String user) {
        // ok: jjwt-unsecured-jwt
        return Jwts.builder().subject(user).signWith(key).compact();
    }

    public String encrypted(String user) {
        // ok: jjwt-unsecured-jwt
        return Jwts.builder().subject(user).encryptWith(key, Jwts.ENC.A256GCM).compact();
    }

    public Claims strict(String token) {
        // ok: jjwt-unsecured-jwt
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }

    public Claims legacyStrict(String token) {
        // ok: jjwt-unsecured-jwt
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
    }
}
