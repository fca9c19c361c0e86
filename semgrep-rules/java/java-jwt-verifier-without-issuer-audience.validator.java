package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

public class ExternalTokenVerifier {
    private final Algorithm algorithm;

    public ExternalTokenVerifier(Algorithm algorithm) { this.algorithm = algorithm; }

    public DecodedJWT verify(String token) {
        // ok: java-jwt-verifier-without-issuer-audience
        DecodedJWT jwt = JWT.require(algorithm).build().verify(token);
        checkClaims(jwt);
        return jwt;
    }

    private void checkClaims(DecodedJWT jwt) {
        if (jwt.getIssuer() == null || !jwt.getIssuer().equals("https://idp.example.com")) {
            throw new SecurityException("issuer");
        }
    }
}
