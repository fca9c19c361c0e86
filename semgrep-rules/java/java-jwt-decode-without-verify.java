package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Map;

public class TokenReader {
    private final JWTVerifier verifier;
    private final Map<String, Algorithm> byKid;

    public TokenReader(JWTVerifier verifier, Map<String, Algorithm> byKid) {
        this.verifier = verifier;
        this.byKid = byKid;
    }

    public String currentUser(String header) {
        String token = header.substring(7);
        // ruleid: java-jwt-decode-without-verify
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }

    public boolean isAdmin(String token) {
        // ruleid: java-jwt-decode-without-verify
        return JWT.decode(token).getClaim("role").asString().equals("admin");
    }

    public DecodedJWT verified(String token) {
        // ok: java-jwt-decode-without-verify
        DecodedJWT unverified = JWT.decode(token);
        Algorithm alg = byKid.get(unverified.getKeyId());
        return JWT.require(alg).withIssuer("https://id.example.com").build().verify(token);
    }

    public String kid(String token) {
        // ok: java-jwt-decode-without-verify
        return JWT.decode(token).getKeyId();
    }

    public String afterVerify(String token) {
        try {
            verifier.verify(token);
            // ok: java-jwt-decode-without-verify
            return JWT.decode(token).getSubject();
        } catch (Exception e) {
            return null;
        }
    }
}
