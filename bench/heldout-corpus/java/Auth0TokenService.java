package io.shipfast.gateway.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Token handling for the shipping gateway, using auth0 java-jwt 4.x.
 */
public class Auth0TokenService {

    private static final String ISSUER = "https://auth.shipfast.io/";
    private static final String AUDIENCE = "shipfast-gateway";

    private final Map<String, RSAPublicKey> partnerKeys;
    private final Algorithm hmac;
    private final ObjectMapper mapper = new ObjectMapper();

    public Auth0TokenService(Map<String, RSAPublicKey> partnerKeys) {
        this.partnerKeys = partnerKeys;
        // safe: jwt-weak-secret
        this.hmac = Algorithm.HMAC256(System.getenv("GATEWAY_HMAC_SECRET"));
    }

    public String issueDriverToken(long driverId, String depot) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withSubject(Long.toString(driverId))
                .withClaim("depot", depot)
                // expect: jwt-long-lived
                .withExpiresAt(Date.from(Instant.now().plus(Duration.ofDays(30))))
                .sign(hmac);
    }

    public String issueDispatchToken(long dispatcherId, String licenseNumber) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(Long.toString(dispatcherId))
                // expect: jwt-sensitive-payload
                .withClaim("driverLicenseNumber", licenseNumber)
                // safe: jwt-long-lived
                .withExpiresAt(Instant.now().plusSeconds(600))
                .sign(hmac);
    }

    public String issueProfileToken(CustomerProfile profile) {
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = mapper.convertValue(profile, Map.class);
        return JWT.create()
                .withIssuer(ISSUER)
                // expect: jwt-sensitive-payload
                .withPayload(claims)
                .withExpiresAt(Instant.now().plusSeconds(900))
                .sign(hmac);
    }

    public String issueKioskToken(String kioskId) {
        // expect: jwt-weak-secret
        Algorithm kioskAlg = Algorithm.HMAC256("secret");
        return JWT.create()
                .withSubject(kioskId)
                .withExpiresAt(Instant.now().plusSeconds(300))
                .sign(kioskAlg);
    }

    public DecodedJWT verifyDriverToken(String token) {
        // safe: jwt-none-algorithm
        JWTVerifier verifier = JWT.require(hmac)
                // safe: jwt-claims-not-validated
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .build();
        return verifier.verify(token);
    }

    public DecodedJWT verifyPartnerToken(String token) {
        // safe: jwt-signature-not-verified
        String kid = JWT.decode(token).getKeyId();
        RSAPublicKey key = partnerKeys.get(kid);
        if (key == null) {
            throw new JWTVerificationException("unknown signing key " + kid);
        }
        return JWT.require(Algorithm.RSA256(key, null))
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .build()
                .verify(token);
    }

    public boolean isDispatcher(String bearer) {
        // expect: jwt-signature-not-verified
        DecodedJWT jwt = JWT.decode(bearer);
        return "dispatcher".equals(jwt.getClaim("role").asString());
    }

    public DecodedJWT verifyLegacyScannerToken(String token) {
        // expect: jwt-none-algorithm
        return JWT.require(Algorithm.none())
                .withIssuer(ISSUER)
                .build()
                .verify(token);
    }

    public DecodedJWT verifyOfflineToken(String token) {
        return JWT.require(hmac)
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                // expect: jwt-claims-not-validated
                .acceptExpiresAt(TimeUnit.DAYS.toSeconds(14))
                .build()
                .verify(token);
    }

    /** Full customer record as stored in the CRM (name, address, phone, payment card). */
    public interface CustomerProfile {
        String getCustomerId();
    }
}
