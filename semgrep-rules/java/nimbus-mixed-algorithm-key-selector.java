package com.example.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public class Processors {
    private final JWKSource<SecurityContext> jwkSource;

    Processors(JWKSource<SecurityContext> jwkSource) { this.jwkSource = jwkSource; }

    public ConfigurableJWTProcessor<SecurityContext> partner() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // ruleid: nimbus-mixed-algorithm-key-selector
        Set<JWSAlgorithm> accepted = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(accepted, jwkSource));
        return processor;
    }

    public ConfigurableJWTProcessor<SecurityContext> inline() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // ruleid: nimbus-mixed-algorithm-key-selector
        processor.setJWSKeySelector(new JWSVerificationKeySelector<SecurityContext>(new HashSet<>(Arrays.asList(JWSAlgorithm.HS512, JWSAlgorithm.ES256)), jwkSource));
        return processor;
    }

    public ConfigurableJWTProcessor<SecurityContext> rsaOnly() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // ok: nimbus-mixed-algorithm-key-selector
        Set<JWSAlgorithm> accepted = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS512);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(accepted, jwkSource));
        return processor;
    }

    public ConfigurableJWTProcessor<SecurityContext> single() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // ok: nimbus-mixed-algorithm-key-selector
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource));
        return processor;
    }
}
