package com.acme.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.URL;
import java.text.ParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

public class IdTokenService {

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final ConfigurableJWTProcessor<SecurityContext> legacyProcessor = new DefaultJWTProcessor<>();
    private final AccountRepository accounts;

    public IdTokenService(URL jwksUrl, String issuer, String clientId, AccountRepository accounts) {
        this.accounts = accounts;
        JWKSource<SecurityContext> keySource = JWKSourceBuilder.create(jwksUrl).retrying(true).build();
        DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier = new DefaultJWTClaimsVerifier<>(
                clientId,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(Set.of("sub", "iat", "exp")));

        // safe: jwt-none-algorithm
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource));
        // safe: jwt-claims-not-validated
        processor.setJWTClaimsSetVerifier(claimsVerifier);

        // expect: jwt-none-algorithm
        legacyProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256), keySource));
        legacyProcessor.setJWTClaimsSetVerifier(claimsVerifier);
    }

    public JWTClaimsSet validate(String idToken) throws ParseException, BadJOSEException, JOSEException {
        return processor.process(idToken, null);
    }

    public JWTClaimsSet validateLegacy(String idToken) throws ParseException, BadJOSEException, JOSEException {
        return legacyProcessor.process(idToken, null);
    }

    public Optional<Account> currentAccount(String idToken) throws ParseException {
        // expect: jwt-signature-not-verified
        JWTClaimsSet claims = SignedJWT.parse(idToken).getJWTClaimsSet();
        return accounts.findByUsername(claims.getStringClaim("preferred_username"));
    }

    public String issueBridgeToken(String subject) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("acme-sso-bridge")
                .issueTime(new Date())
                // safe: jwt-long-lived
                .expirationTime(new Date(System.currentTimeMillis() + 5 * 60 * 1000))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        // expect: jwt-weak-secret
        jwt.sign(new MACSigner("b7f3c1e2a9d84f6e0c5a1b2d3e4f5a6b"));
        return jwt.serialize();
    }

    public String issueLocalDevToken(String subject) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .expirationTime(new Date(System.currentTimeMillis() + 10 * 60 * 1000))
                .build();
        // expect: jwt-none-algorithm
        return new PlainJWT(claims).serialize();
    }
}
