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
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
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

class LegacyVotes {
    private static final String KEY = System.getenv("VOTES_KEY");
    private final io.jsonwebtoken.JwtParser keyedParser;

    LegacyVotes(java.security.Key key) {
        this.keyedParser = Jwts.parserBuilder().setSigningKey(key).build();
    }

    public boolean isAdmin(String token) {
        // ruleid: jjwt-unsecured-jwt
        io.jsonwebtoken.Jwt jwt = Jwts.parser().setSigningKey(KEY).parse(token);
        Claims claims = (Claims) jwt.getBody();
        return Boolean.parseBoolean(String.valueOf(claims.get("admin")));
    }

    public Object builder(String token, java.security.Key key) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.parserBuilder().setSigningKey(key).build().parse(token).getBody();
    }

    public Object resolver(String token, io.jsonwebtoken.SigningKeyResolver resolver) {
        // ruleid: jjwt-unsecured-jwt
        return Jwts.parser().setSigningKeyResolver(resolver).parse(token).getBody();
    }

    public Object viaField(String token) {
        // ruleid: jjwt-unsecured-jwt
        return keyedParser.parse(token).getBody();
    }

    public Object local(String token, java.security.Key key) {
        io.jsonwebtoken.JwtParser p = Jwts.parserBuilder().setSigningKey(key).build();
        // ruleid: jjwt-unsecured-jwt
        return p.parse(token).getBody();
    }

    public Claims signedOnly(String token) {
        // ok: jjwt-unsecured-jwt
        return Jwts.parser().setSigningKey(KEY).parseClaimsJws(token).getBody();
    }

    public Claims signedOnlyField(String token) {
        // ok: jjwt-unsecured-jwt
        return keyedParser.parseClaimsJws(token).getBody();
    }

    public Object modern(String token, javax.crypto.SecretKey key) {
        // ok: jjwt-unsecured-jwt
        return Jwts.parser().verifyWith(key).build().parse(token).getPayload();
    }

    public Object modernDeprecatedSetter(String token, java.security.Key key) {
        // 0.12 builder: unsecured JWTs are refused unless unsecured() is called
        // ok: jjwt-unsecured-jwt
        return Jwts.parser().setSigningKey(key).build().parse(token).getPayload();
    }
}

class StrippedTokenReader {
    public String subject(String token) {
        String withoutSignature = token.substring(0, token.lastIndexOf('.') + 1);
        // ok: jjwt-unsecured-jwt
        return Jwts.parser().parseClaimsJwt(withoutSignature).getBody().getSubject();
    }
}
