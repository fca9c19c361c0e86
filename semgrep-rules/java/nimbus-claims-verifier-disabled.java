package com.example.security;

import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Duration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

public class Decoders {
    ConfigurableJWTProcessor<SecurityContext> reporting() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // ruleid: nimbus-claims-verifier-disabled
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor;
    }

    ConfigurableJWTProcessor<SecurityContext> idp() {
        ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // ok: nimbus-claims-verifier-disabled
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("api", null, null));
        return processor;
    }

    NimbusJwtDecoder kiosk(String jwksUri) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        // ruleid: nimbus-claims-verifier-disabled
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder;
    }

    NimbusJwtDecoder warehouse(NimbusJwtDecoder decoder) {
        // ruleid: nimbus-claims-verifier-disabled
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ofDays(30))));
        return decoder;
    }

    NimbusJwtDecoder partner(NimbusJwtDecoder decoder, String issuer) {
        // ok: nimbus-claims-verifier-disabled
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), new JwtTimestampValidator(Duration.ofSeconds(60))));
        return decoder;
    }
}
