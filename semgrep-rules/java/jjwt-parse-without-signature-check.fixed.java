package com.example.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.security.Key;

public class JwtFilterSupport {
    private final Key key;
    private final JwtParser legacyParser;

    public JwtFilterSupport(Key key) {
        this.key = key;
        this.legacyParser = Jwts.parserBuilder().setSigningKey(key).build();
    }

    public Claims legacy(String token) {
        // ruleid: jjwt-parse-without-signature-check
        Jwt jwt = Jwts.parser().setSigningKey(key).parseClaimsJws(token);
        return (Claims) jwt.getBody();
    }

    public Object noKey(String token) {
        // ruleid: jjwt-parse-without-signature-check
        return Jwts.parser().build().parse(token).getPayload();
    }

    public Object viaField(String token) {
        // ruleid: jjwt-parse-without-signature-check
        return legacyParser.parse(token).getBody();
    }

    public Claims legacyOk(String token) {
        // ok: jjwt-parse-without-signature-check
        return Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
    }



}

class LocalModern {
    public Object modernParse(String token, javax.crypto.SecretKey key) {
        // ok: jjwt-parse-without-signature-check
        return Jwts.parser().verifyWith(key).build().parse(token);
    }

    public Object localModern(String token, javax.crypto.SecretKey key) {
        JwtParser p = Jwts.parser().verifyWith(key).build();
        // ok: jjwt-parse-without-signature-check
        return p.parse(token);
    }
}

class ModernFieldParser {
    private final JwtParser parser;

    ModernFieldParser(javax.crypto.SecretKey key) {
        this.parser = Jwts.parser().verifyWith(key).build();
    }

    Object read(String token) {
        // ok: jjwt-parse-without-signature-check
        return parser.parse(token).getPayload();
    }
}
