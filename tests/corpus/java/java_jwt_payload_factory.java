package com.example.health.tokens;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;

public class PatientTokenFactory {

    private final SecretKey key;
    private final Algorithm algorithm;
    private final ObjectMapper mapper = new ObjectMapper();

    public PatientTokenFactory(SecretKey key, Algorithm algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    private Date inTenMinutes() {
        return Date.from(Instant.now().plus(10, ChronoUnit.MINUTES));
    }

    public String portalToken(Patient patient) {
        return Jwts.builder()
                .subject(patient.getId().toString())
                .claim("roles", List.of("PATIENT"))
                // expect: jwt-sensitive-payload
                .claim("ssn", patient.getSocialSecurityNumber())
                .expiration(inTenMinutes())
                .signWith(key)
                .compact();
    }

    public String billingToken(Patient patient) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", patient.getId().toString());
        // safe: jwt-sensitive-payload
        claims.put("tenant", patient.getClinicId());
        // expect: jwt-sensitive-payload
        claims.put("cardNumber", patient.getBilling().getCardNumber());
        return Jwts.builder().claims(claims).expiration(inTenMinutes()).signWith(key).compact();
    }

    @SuppressWarnings("unchecked")
    public String profileSnapshotToken(Patient patient) {
        // expect: jwt-sensitive-payload
        Map<String, Object> everything = mapper.convertValue(patient, Map.class);
        return Jwts.builder().claims(everything).expiration(inTenMinutes()).signWith(key).compact();
    }

    public String embedPatient(Patient patient) {
        // expect: jwt-sensitive-payload
        return Jwts.builder().subject(patient.getId().toString()).claim("patient", patient).expiration(inTenMinutes()).signWith(key).compact();
    }

    public String partnerToken(Patient patient) throws JsonProcessingException {
        return JWT.create()
                .withSubject(patient.getId().toString())
                // expect: jwt-sensitive-payload
                .withClaim("profile", mapper.writeValueAsString(patient))
                .withExpiresAt(inTenMinutes())
                .sign(algorithm);
    }

    public String apiClientToken(ApiClient client) {
        // expect: jwt-sensitive-payload
        return JWT.create().withSubject(client.getClientId()).withClaim("client_secret", client.getClientSecret())
                .withExpiresAt(inTenMinutes()).sign(algorithm);
    }

    public String credentialsToken(String username, String password) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("username", username);
        // expect: jwt-sensitive-payload
        payload.put("password", password);
        return JWT.create().withPayload(payload).withExpiresAt(inTenMinutes()).sign(algorithm);
    }

    public String minimalToken(Patient patient) {
        // safe: jwt-sensitive-payload
        return JWT.create()
                .withSubject(patient.getId().toString())
                .withClaim("scope", "appointments:read")
                .withClaim("clinic", patient.getClinicId())
                .withExpiresAt(inTenMinutes())
                .sign(algorithm);
    }

    public String rotationAwareToken(Patient patient) {
        // safe: jwt-sensitive-payload
        return Jwts.builder()
                .subject(patient.getId().toString())
                .claim("pwd_changed_at", patient.getPasswordChangedAt().getEpochSecond())
                .claim("uid", patient.getId())
                .expiration(inTenMinutes())
                .signWith(key)
                .compact();
    }
}
