package org.example.ledger.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Verifies tokens presented to the ledger service (Nimbus JOSE + JWT 9.x).
 */
public class NimbusTokenVerifier {

    private final JWKSource<SecurityContext> jwkSource;
    private final byte[] internalSecret;

    public NimbusTokenVerifier(JWKSource<SecurityContext> jwkSource, byte[] internalSecret) {
        this.jwkSource = jwkSource;
        this.internalSecret = internalSecret;
    }

    public ConfigurableJWTProcessor<SecurityContext> idpProcessor() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // safe: jwt-none-algorithm
        JWSKeySelector<SecurityContext> selector = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource);
        processor.setJWSKeySelector(selector);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                "ledger-api",
                // safe: jwt-claims-not-validated
                new JWTClaimsSet.Builder().issuer("https://idp.example.org").build(),
                new HashSet<>(Arrays.asList("sub", "iat", "exp", "jti"))));
        return processor;
    }

    public ConfigurableJWTProcessor<SecurityContext> partnerProcessor() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // expect: jwt-none-algorithm
        Set<JWSAlgorithm> accepted = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(accepted, jwkSource));
        return processor;
    }

    public ConfigurableJWTProcessor<SecurityContext> reportingProcessor() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource));
        // expect: jwt-claims-not-validated
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor;
    }

    /** Used by the ledger UI filter to show the account owner's name in the header. */
    public String accountOwner(String token) throws ParseException {
        // expect: jwt-signature-not-verified
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        if (!claims.getStringListClaim("groups").contains("ledger-owner")) {
            throw new SecurityException("not an owner");
        }
        return claims.getSubject();
    }

    /** Internal service-to-service calls signed with the shared HMAC key. */
    public JWTClaimsSet verifyInternal(String token) throws ParseException, JOSEException {
        // safe: jwt-signature-not-verified
        SignedJWT jwt = SignedJWT.parse(token);
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new SecurityException("unexpected alg");
        }
        if (!jwt.verify(new MACVerifier(internalSecret))) {
            throw new SecurityException("bad signature");
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        new DefaultJWTClaimsVerifier<SecurityContext>(
                "ledger-internal",
                new JWTClaimsSet.Builder().issuer("ledger-scheduler").build(),
                new HashSet<>(Arrays.asList("exp", "iat"))).verify(claims, null);
        return claims;
    }
}
