package com.example.security;

import io.jsonwebtoken.Jwts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;

public class TokenIssuer {
    // ruleid: jjwt-long-lived-token
    private static final long EXPIRATION_MS = 864000000L;
    // ok: jjwt-long-lived-token
    private static final long SHORT_MS = 15 * 60 * 1000;
    private final SecretKey key;

    public TokenIssuer(SecretKey key) { this.key = key; }

    public String day(String user) {
        return Jwts.builder()
                .setSubject(user)
                // ruleid: jjwt-long-lived-token
                .setExpiration(new Date(System.currentTimeMillis() + 1000 * 60 * 60 * 24))
                .signWith(key)
                .compact();
    }

    public String week(String user) {
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + 7L * 24 * 60 * 60 * 1000)).signWith(key).compact();
    }

    public String constant(String user) {
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + EXPIRATION_MS)).signWith(key).compact();
    }

    public String instant(String user) {
        Instant now = Instant.now();
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().subject(user).issuedAt(Date.from(now)).expiration(Date.from(now.plus(30, ChronoUnit.DAYS))).signWith(key).compact();
    }

    public String variable(String user) {
        // ruleid: jjwt-long-lived-token
        Date exp = Date.from(Instant.now().plus(Duration.ofHours(12)));
        return Jwts.builder().subject(user).expiration(exp).signWith(key).compact();
    }

    public String variableConstant(String user) {
        Date now = new Date();
        // ruleid: jjwt-long-lived-token
        Date exp = new Date(now.getTime() + EXPIRATION_MS);
        return Jwts.builder().subject(user).expiration(exp).signWith(key).compact();
    }

    public String forever(String user) {
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().subject(user).claim("role", "user").signWith(key).compact();
    }

    public String timeUnit(String user) {
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(1))).signWith(key).compact();
    }

    public String shortLived(String user) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + SHORT_MS)).signWith(key).compact();
    }

    public String tenMinutes(String user) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(Date.from(Instant.now().plusSeconds(600))).signWith(key).compact();
    }

    public String fifteen(String user) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(Date.from(Instant.now().plus(15, ChronoUnit.MINUTES))).signWith(key).compact();
    }

    public String createRefreshToken(String user) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(Date.from(Instant.now().plus(7, ChronoUnit.DAYS))).signWith(key).compact();
    }

    public String createWithUnderscores(String user) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + 600_000L)).signWith(key).compact();
    }

    public String createDayWithUnderscores(String user) {
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().subject(user).expiration(new Date(System.currentTimeMillis() + 86_400_000L)).signWith(key).compact();
    }
}

class ClaimsWithoutExpiry {
    private final java.security.Key key = null;

    String votingToken(String user) {
        Claims claims = Jwts.claims().setIssuedAt(new Date());
        claims.put("admin", "false");
        claims.put("user", user);
        // ruleid: jjwt-long-lived-token
        return Jwts.builder()
                .setClaims(claims)
                .signWith(SignatureAlgorithm.HS512, key)
                .compact();
    }

    String mapToken(String user) {
        Map<String, Object> claims = Map.of("admin", "false", "user", user);
        // ruleid: jjwt-long-lived-token
        return Jwts.builder().setIssuedAt(new Date()).setClaims(claims).signWith(key).compact();
    }

    String mapWithExpiry(String user) {
        java.util.Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", user);
        claims.put("exp", new Date(System.currentTimeMillis() + 600_000));
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(key).compact();
    }

    String builderExpiry(String user) {
        java.util.Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", user);
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).setExpiration(new Date(System.currentTimeMillis() + 600_000)).signWith(key).compact();
    }

    String claimsExpiry(String user) {
        Claims claims = Jwts.claims().setSubject(user);
        claims.setExpiration(new Date(System.currentTimeMillis() + 600_000));
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(key).compact();
    }

    String fromCaller(java.util.Map<String, Object> claims) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(key).compact();
    }

    String refreshFromCaller(Map<String, Object> claims) {
        // ok: jjwt-long-lived-token
        return Jwts.builder().setClaims(claims).signWith(key).compact();
    }
}


class FieldLifetimeTokens {
    private final SecretKey secretKey = Jwts.SIG.HS256.key().build();
    private long expiration = 86400000; // 24 hours
    private final long refreshExpiration = 604800000;
    private final long shortLived = 600000;

    public String generate(String subject) {
        return Jwts.builder()
                .subject(subject)
                .issuedAt(new Date())
                // ruleid: jjwt-long-lived-token
                .expiration(new Date(System.currentTimeMillis() + expiration))
                .signWith(secretKey)
                .compact();
    }

    public String shortToken(String subject) {
        return Jwts.builder()
                .subject(subject)
                // ok: jjwt-long-lived-token
                .expiration(new Date(System.currentTimeMillis() + shortLived))
                .signWith(secretKey)
                .compact();
    }

    public String refreshToken(String subject) {
        return Jwts.builder()
                .subject(subject)
                // ok: jjwt-long-lived-token
                .expiration(new Date(System.currentTimeMillis() + refreshExpiration))
                .signWith(secretKey)
                .compact();
    }

    public String calendarOneDay(String user) {
        Calendar calendar = Calendar.getInstance();
        // ruleid: jjwt-long-lived-token
        calendar.add(Calendar.DAY_OF_MONTH, 1);
        return Jwts.builder().subject(user).expiration(calendar.getTime()).signWith(key).compact();
    }

    public String calendarThirtyMinutes(String user) {
        Calendar calendar = Calendar.getInstance();
        // ruleid: jjwt-long-lived-token
        calendar.add(Calendar.MINUTE, 30);
        Date exp = calendar.getTime();
        return Jwts.builder().setSubject(user).setExpiration(exp).signWith(key).compact();
    }

    public String calendarTenMinutes(String user) {
        Calendar calendar = Calendar.getInstance();
        // ok: jjwt-long-lived-token
        calendar.add(Calendar.MINUTE, 10);
        return Jwts.builder().setSubject(user).setExpiration(calendar.getTime()).signWith(key).compact();
    }
}

