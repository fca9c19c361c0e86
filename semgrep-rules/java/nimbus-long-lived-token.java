package com.example.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

public class Issuer {
    JWTClaimsSet reportLink(String user) {
        return new JWTClaimsSet.Builder()
                .subject(user)
                // ruleid: nimbus-long-lived-token
                .expirationTime(new Date(System.currentTimeMillis() + 12L * 60 * 60 * 1000))
                .build();
    }

    JWTClaimsSet shortLink(String user) {
        return new JWTClaimsSet.Builder()
                .subject(user)
                // ok: nimbus-long-lived-token
                .expirationTime(new Date(System.currentTimeMillis() + 5 * 60 * 1000))
                .build();
    }

    JwtClaimsSet springAccess(String user) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer("self")
                .issuedAt(now)
                // ruleid: nimbus-long-lived-token
                .expiresAt(now.plus(1, ChronoUnit.HOURS))
                .subject(user)
                .build();
    }

    JwtClaimsSet springShort(String user) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                // ok: nimbus-long-lived-token
                .expiresAt(now.plusSeconds(600))
                .subject(user)
                .build();
    }

    JwtClaimsSet springRefreshToken(String user) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                // ok: nimbus-long-lived-token
                .expiresAt(now.plus(Duration.ofDays(14)))
                .subject(user)
                .build();
    }

    JWTClaimsSet week(String user) {
        return new JWTClaimsSet.Builder()
                .subject(user)
                // ruleid: nimbus-long-lived-token
                .expirationTime(Date.from(Instant.now().plus(Duration.ofDays(7))))
                .build();
    }
}
