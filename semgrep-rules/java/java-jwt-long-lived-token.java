package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
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

    private static final int EXPIRE_SECONDS = 60 * 60 * 12 * 60;
    private static final int SHORT_SECONDS = 10 * 60;

    public String calendarThirtyDays(String id) {
        Calendar nowTime = Calendar.getInstance();
        // ruleid: java-jwt-long-lived-token
        nowTime.add(Calendar.SECOND, EXPIRE_SECONDS);
        java.util.Date expireDate = nowTime.getTime();
        return JWT.create().withClaim("id", id).withExpiresAt(expireDate).sign(algorithm);
    }

    public String calendarSevenDays(String id) {
        Calendar instance = Calendar.getInstance();
        // ruleid: java-jwt-long-lived-token
        instance.add(Calendar.DATE, 7);
        return JWT.create().withClaim("id", id).withExpiresAt(instance.getTime()).sign(algorithm);
    }

    public String calendarTwoHours(String id) {
        Calendar instance = Calendar.getInstance();
        // ruleid: java-jwt-long-lived-token
        instance.add(Calendar.HOUR, 2);
        Date expiresAt;
        expiresAt = instance.getTime();
        return JWT.create().withClaim("id", id).withExpiresAt(expiresAt).sign(algorithm);
    }

    public String calendarTenMinutes(String id) {
        Calendar instance = Calendar.getInstance();
        // ok: java-jwt-long-lived-token
        instance.add(Calendar.SECOND, SHORT_SECONDS);
        return JWT.create().withClaim("id", id).withExpiresAt(instance.getTime()).sign(algorithm);
    }

    public String calendarFifteenMinutes(String id) {
        Calendar instance = Calendar.getInstance();
        // ok: java-jwt-long-lived-token
        instance.add(Calendar.MINUTE, 15);
        return JWT.create().withClaim("id", id).withExpiresAt(instance.getTime()).sign(algorithm);
    }

    public String calendarTyped(String id) {
        Calendar instance = Calendar.getInstance();
        // ok: java-jwt-long-lived-token
        instance.add(Calendar.DATE, 7);
        return JWT.create().withClaim("id", id).withClaim("type", "refresh").withExpiresAt(instance.getTime()).sign(algorithm);
    }
}
