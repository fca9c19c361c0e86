package com.acme.crm.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.core.annotation.Order
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm
import org.springframework.security.oauth2.jwt.JwtClaimValidator
import org.springframework.security.oauth2.jwt.JwtDecoder
import org.springframework.security.oauth2.jwt.JwtValidators
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder
import org.springframework.security.web.SecurityFilterChain
import java.util.Base64
import javax.crypto.spec.SecretKeySpec

@Configuration
@EnableWebSecurity
class WebSecurityConfig(
    @Value("\${crm.oidc.issuer}") private val issuer: String,
    @Value("\${crm.oidc.audience}") private val audience: String,
) {

    @Bean
    @Order(1)
    fun apiChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher("/api/**")
            csrf { disable() }
            sessionManagement { sessionCreationPolicy = SessionCreationPolicy.STATELESS }
            authorizeHttpRequests { authorize(anyRequest, authenticated) }
            oauth2ResourceServer { jwt { } }
        }
        return http.build()
    }

    @Bean
    @Order(2)
    fun backOfficeChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher("/backoffice/**")
            authorizeHttpRequests { authorize(anyRequest, hasRole("STAFF")) }
            formLogin { loginPage = "/backoffice/login" }
            sessionManagement {
                // safe: session-fixation
                sessionFixation { migrateSession() }
            }
        }
        return http.build()
    }

    @Bean
    @Order(3)
    fun kioskChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher("/kiosk/**")
            authorizeHttpRequests { authorize(anyRequest, authenticated) }
            formLogin { }
            sessionManagement {
                // expect: session-fixation
                sessionFixation { none() }
            }
        }
        return http.build()
    }

    @Bean
    fun jwtDecoder(): JwtDecoder {
        // safe: jwt-none-algorithm
        val decoder = NimbusJwtDecoder.withIssuerLocation(issuer).jwsAlgorithm(SignatureAlgorithm.RS256).build()
        val audienceValidator = JwtClaimValidator<List<String>>("aud") { aud -> aud != null && audience in aud }
        // safe: jwt-claims-not-validated
        decoder.setJwtValidator(DelegatingOAuth2TokenValidator(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator))
        return decoder
    }

    @Bean
    fun webhookJwtDecoder(): NimbusJwtDecoder {
        // expect: jwt-weak-secret
        val key = SecretKeySpec("crm-webhook-signing-key-do-not-share".toByteArray(), "HmacSHA256")
        val decoder = NimbusJwtDecoder.withSecretKey(key).build()
        // expect: jwt-claims-not-validated
        decoder.setJwtValidator { OAuth2TokenValidatorResult.success() }
        return decoder
    }

    @Bean
    fun internalJwtDecoder(): NimbusJwtDecoder {
        // safe: jwt-weak-secret
        val key = SecretKeySpec(Base64.getDecoder().decode(System.getenv("CRM_INTERNAL_JWT_KEY")), "HmacSHA256")
        val decoder = NimbusJwtDecoder.withSecretKey(key).build()
        val audienceValidator = JwtClaimValidator<List<String>>("aud") { aud -> aud != null && "crm-internal" in aud }
        // safe: jwt-claims-not-validated
        decoder.setJwtValidator(DelegatingOAuth2TokenValidator(JwtValidators.createDefaultWithIssuer("crm-internal"), audienceValidator))
        return decoder
    }
}
