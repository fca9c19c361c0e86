package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

public class VerifierFactory {
    private final Algorithm algorithm;

    public VerifierFactory(Algorithm algorithm) { this.algorithm = algorithm; }

    public JWTVerifier plain() {
        // ruleid: java-jwt-verifier-without-issuer-audience
        return JWT.require(algorithm).build();
    }

    public DecodedJWT inline(String token) {
        // ruleid: java-jwt-verifier-without-issuer-audience
        DecodedJWT jwt = JWT.require(algorithm)
                .withClaim("type", "access")
                .build()
                .verify(token);
        return jwt;
    }

    public JWTVerifier lenient() {
        // ok: java-jwt-verifier-without-issuer-audience
        return JWT.require(algorithm).withIssuer("auth").withAudience("api").acceptLeeway(3600).build();
    }

    public JWTVerifier strict() {
        // ok: java-jwt-verifier-without-issuer-audience
        return JWT.require(algorithm).withIssuer("https://auth.example.com").withAudience("api").acceptLeeway(5).build();
    }
}
