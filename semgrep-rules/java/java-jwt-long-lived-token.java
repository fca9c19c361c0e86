package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

public class Auth0Issuer {
    private final Algorithm algorithm;

    public Auth0Issuer(Algorithm algorithm) { this.algorithm = algorithm; }

    public String month(String user) {
        // ruleid: java-jwt-long-lived-token
        return JWT.create()
                .withSubject(user)
                .withExpiresAt(Date.from(Instant.now().plus(Duration.ofDays(30))))
                .sign(algorithm);
    }

    public String hour(String user) {
        // ruleid: java-jwt-long-lived-token
        return JWT.create().withSubject(user).withExpiresAt(new Date(System.currentTimeMillis() + 3600 * 1000)).sign(algorithm);
    }

    public String epoch(String user) {
        // ruleid: java-jwt-long-lived-token
        return JWT.create().withSubject(user).withExpiresAt(Instant.now().plusSeconds(86400)).sign(algorithm);
    }

    public String none(String user) {
        // ruleid: java-jwt-long-lived-token
        return JWT.create().withSubject(user).withIssuer("auth").sign(algorithm);
    }

    public String ok(String user) {
        // ok: java-jwt-long-lived-token
        return JWT.create().withSubject(user).withExpiresAt(Instant.now().plus(10, ChronoUnit.MINUTES)).sign(algorithm);
    }

    public String ok2(String user) {
        // ok: java-jwt-long-lived-token
        return JWT.create().withSubject(user).withExpiresAt(new Date(System.currentTimeMillis() + 5 * 60 * 1000)).sign(algorithm);
    }

    public String issueRefreshToken(String user) {
        // ok: java-jwt-long-lived-token
        return JWT.create().withSubject(user).withExpiresAt(Instant.now().plus(14, ChronoUnit.DAYS)).sign(algorithm);
    }
}
