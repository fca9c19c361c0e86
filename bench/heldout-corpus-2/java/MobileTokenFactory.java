package com.acme.mobile.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

public class MobileTokenFactory {

    private static final String ISSUER = "acme-mobile";
    private static final String AUDIENCE = "acme-mobile-app";

    private final Algorithm algorithm;
    private final ObjectMapper mapper;

    public MobileTokenFactory(ObjectMapper mapper) {
        // safe: jwt-weak-secret
        this.algorithm = Algorithm.HMAC256(System.getenv("MOBILE_JWT_SECRET"));
        this.mapper = mapper;
    }

    public String issueSessionToken(Customer customer) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withSubject(customer.getId().toString())
                // safe: jwt-sensitive-payload
                .withArrayClaim("roles", customer.getRoles().toArray(new String[0]))
                // expect: jwt-sensitive-payload
                .withClaim("api_key", customer.getApiKey())
                .withIssuedAt(now)
                // expect: jwt-long-lived
                .withExpiresAt(now.plus(Duration.ofDays(30)))
                .sign(algorithm);
    }

    @SuppressWarnings("unchecked")
    public String issueProfileToken(Customer customer) {
        Instant now = Instant.now();
        // expect: jwt-sensitive-payload
        return JWT.create().withPayload(mapper.convertValue(customer, Map.class))
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                // safe: jwt-long-lived
                .withExpiresAt(now.plus(Duration.ofMinutes(10)))
                .sign(algorithm);
    }

    public String issueWidgetToken(String customerId) {
        // expect: jwt-long-lived
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience("acme-widget")
                .withSubject(customerId)
                .withIssuedAt(Instant.now())
                .sign(algorithm);
    }
}
