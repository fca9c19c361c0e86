package demo

import com.nimbusds.jwt.proc.DefaultJWTProcessor
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult
import org.springframework.security.oauth2.jwt.JwtTimestampValidator
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder
import java.time.Duration

class Verifiers {
    private val partnerProcessor = DefaultJWTProcessor<SecurityContext>().apply {
        // ruleid: kotlin-nimbus-claims-verifier-disabled
        jwtClaimsSetVerifier = JWTClaimsSetVerifier { _, _ -> }
    }

    private val idpProcessor = DefaultJWTProcessor<SecurityContext>().apply {
        // ok: kotlin-nimbus-claims-verifier-disabled
        jwtClaimsSetVerifier = DefaultJWTClaimsVerifier("api", null, setOf("exp"))
    }

    fun warehouse(key: javax.crypto.SecretKey): NimbusJwtDecoder {
        val decoder = NimbusJwtDecoder.withSecretKey(key).build()
        // ruleid: kotlin-nimbus-claims-verifier-disabled
        decoder.setJwtValidator(DelegatingOAuth2TokenValidator<Jwt>(JwtTimestampValidator(Duration.ofDays(30))))
        return decoder
    }

    fun kiosk(decoder: NimbusJwtDecoder): NimbusJwtDecoder {
        // ruleid: kotlin-nimbus-claims-verifier-disabled
        decoder.setJwtValidator { OAuth2TokenValidatorResult.success() }
        return decoder
    }

    fun partner(decoder: NimbusJwtDecoder, issuer: String): NimbusJwtDecoder {
        // ok: kotlin-nimbus-claims-verifier-disabled
        decoder.setJwtValidator(DelegatingOAuth2TokenValidator(JwtValidators.createDefaultWithIssuer(issuer), JwtTimestampValidator(Duration.ofSeconds(30))))
        return decoder
    }
}
