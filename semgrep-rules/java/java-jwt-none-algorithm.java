package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

public class LegacyTokens {
    private final Algorithm hmac = Algorithm.HMAC256(System.getenv("JWT_SECRET"));

    public String issueUnsigned(String user) {
        // ruleid: java-jwt-none-algorithm
        return JWT.create().withSubject(user).sign(Algorithm.none());
    }

    public DecodedJWT verifyAny(String token) {
        // ruleid: java-jwt-none-algorithm
        Algorithm alg = Algorithm.none();
        JWTVerifier verifier = JWT.require(alg).build();
        return verifier.verify(token);
    }

    public DecodedJWT verify(String token) {
        // ok: java-jwt-none-algorithm
        return JWT.require(hmac).withIssuer("api").build().verify(token);
    }
}
