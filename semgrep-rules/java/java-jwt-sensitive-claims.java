package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.util.HashMap;
import java.util.Map;

public class Auth0Claims {
    private final Algorithm alg;

    public Auth0Claims(Algorithm alg) { this.alg = alg; }

    public String issue(Customer customer) {
        // ruleid: java-jwt-sensitive-claims
        return JWT.create()
                .withSubject(customer.getId())
                .withClaim("creditCard", customer.getCreditCardNumber())
                .sign(alg);
    }

    public String issue2(Customer customer) {
        Map<String, Object> payload = new HashMap<>();
        // ruleid: java-jwt-sensitive-claims
        payload.put("api_key", customer.getApiKey());
        return JWT.create().withPayload(payload).sign(alg);
    }

    public String ok(Customer customer) {
        // ok: java-jwt-sensitive-claims
        return JWT.create().withSubject(customer.getId()).withClaim("scope", "orders:read").withClaim("tenant", customer.getTenantId()).sign(alg);
    }
}

class LocalizedAuth0Claims {
    private final Algorithm alg;

    LocalizedAuth0Claims(Algorithm alg) { this.alg = alg; }

    public String bruker(Bruker bruker) {
        // ruleid: java-jwt-sensitive-claims
        return JWT.create().withClaim("brukernavn", bruker.getBrukernavn()).withClaim("passord", bruker.getPassord()).sign(alg);
    }

    public String names(Bruker bruker) {
        // ok: java-jwt-sensitive-claims
        return JWT.create().withClaim("brukernavn", bruker.getBrukernavn()).withClaim("accessTokenExpiresAt", bruker.getUtlop()).sign(alg);
    }

    // the public identifier of an API key, not its secret half
    public String apiKeyToken(Bruker bruker, String apiKeyIdentifier) {
        // ok: java-jwt-sensitive-claims
        return JWT.create().withSubject(bruker.getBrukernavn()).withClaim("apiKeyIdentifier", apiKeyIdentifier).sign(alg);
    }

    public String apiKeyValue(Bruker bruker, String key) {
        // ruleid: java-jwt-sensitive-claims
        return JWT.create().withSubject(bruker.getBrukernavn()).withClaim("apiKey", key).sign(alg);
    }
}

class ConvertedPayloads {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Algorithm alg = Algorithm.HMAC256(System.getenv("JWT_KEY"));

    String fromEntity(Object member) {
        // ruleid: java-jwt-sensitive-claims
        return JWT.create().withPayload(mapper.convertValue(member, java.util.Map.class)).sign(alg);
    }

    String fromClaimsDto(Object accessClaims) {
        // ok: java-jwt-sensitive-claims
        return JWT.create().withPayload(mapper.convertValue(accessClaims, java.util.Map.class)).sign(alg);
    }
}

class DispatchTokens {
    String issue(long dispatcherId, String licenseNumber, Algorithm algorithm) {
        // ruleid: java-jwt-sensitive-claims
        return JWT.create().withSubject(Long.toString(dispatcherId)).withClaim("driverLicenseNumber", licenseNumber).sign(algorithm);
    }

    String issueClass(long dispatcherId, Algorithm algorithm) {
        // ok: java-jwt-sensitive-claims
        return JWT.create().withSubject(Long.toString(dispatcherId)).withClaim("licenseClass", "C").sign(algorithm);
    }

    String issueTraveller(String id, String passport, Algorithm algorithm) {
        // ruleid: java-jwt-sensitive-claims
        return JWT.create().withSubject(id).withClaim("passport_no", passport).sign(algorithm);
    }
}
