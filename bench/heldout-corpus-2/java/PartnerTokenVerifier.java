package com.acme.partners.security;

import com.auth0.jwk.Jwk;
import com.auth0.jwk.JwkException;
import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.JwkProviderBuilder;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.TimeUnit;

public class PartnerTokenVerifier {

    private static final String PARTNER_ISSUER = "https://login.partner-idp.com/";
    private static final String API_AUDIENCE = "https://api.acme.io/partners";

    private final JwkProvider jwkProvider = new JwkProviderBuilder(PARTNER_ISSUER)
            .cached(10, 24, TimeUnit.HOURS)
            .rateLimited(10, 1, TimeUnit.MINUTES)
            .build();

    private final String internalSecret;

    public PartnerTokenVerifier(String internalSecret) {
        this.internalSecret = internalSecret;
    }

    public DecodedJWT verify(String token) throws JwkException {
        // safe: jwt-signature-not-verified
        DecodedJWT unverified = JWT.decode(token);
        Jwk jwk = jwkProvider.get(unverified.getKeyId());
        Algorithm algorithm = Algorithm.RSA256((RSAPublicKey) jwk.getPublicKey(), null);
        // safe: jwt-claims-not-validated, jwt-none-algorithm
        JWTVerifier verifier = JWT.require(algorithm)
                .withIssuer(PARTNER_ISSUER)
                .withAudience(API_AUDIENCE)
                .build();
        return verifier.verify(token);
    }

    public boolean isPartnerAdmin(String authorizationHeader) {
        String token = authorizationHeader.substring("Bearer ".length());
        // expect: jwt-signature-not-verified
        DecodedJWT jwt = JWT.decode(token);
        return "admin".equals(jwt.getClaim("partner_role").asString());
    }

    /** Batch callbacks from the settlement service can be replayed for up to a year. */
    public DecodedJWT verifySettlementCallback(String token) {
        JWTVerifier verifier = JWT.require(Algorithm.HMAC256(internalSecret))
                .withIssuer("acme-settlement")
                .withAudience(API_AUDIENCE)
                // expect: jwt-claims-not-validated
                .acceptExpiresAt(TimeUnit.DAYS.toSeconds(365))
                .build();
        return verifier.verify(token);
    }

    public DecodedJWT verifySandbox(String token) {
        // expect: jwt-none-algorithm
        return JWT.require(Algorithm.none())
                .withIssuer("https://sandbox.partner-idp.com/")
                .withAudience(API_AUDIENCE)
                .build()
                .verify(token);
    }
}
