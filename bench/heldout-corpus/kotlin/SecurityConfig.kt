package com.acme.orders.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.core.annotation.Order
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.core.userdetails.UserDetailsService
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator
import org.springframework.security.oauth2.jwt.Jwt
import org.springframework.security.oauth2.jwt.JwtClaimValidator
import org.springframework.security.oauth2.jwt.JwtDecoder
import org.springframework.security.oauth2.jwt.JwtTimestampValidator
import org.springframework.security.oauth2.jwt.JwtValidators
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder
import org.springframework.security.web.SecurityFilterChain
import java.time.Duration
import javax.crypto.spec.SecretKeySpec

@Configuration
@EnableWebSecurity
class SecurityConfig(
    private val accountDetails: UserDetailsService,
    @Value("\${orders.security.remember-me-key}") private val rememberMeKey: String,
    @Value("\${orders.security.issuer-uri}") private val issuerUri: String,
) {

    @Bean
    @Order(1)
    fun adminChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher("/admin/**")
            authorizeHttpRequests {
                authorize("/admin/login", permitAll)
                authorize(anyRequest, hasRole("ADMIN"))
            }
            formLogin { loginPage = "/admin/login" }
            sessionManagement {
                // safe: session-fixation
                sessionFixation { migrateSession() }
                invalidSessionUrl = "/admin/login?expired"
                sessionConcurrency { maximumSessions = 1 }
            }
            rememberMe {
                // safe: session-weak-secret
                key = rememberMeKey
                // safe: session-no-expiry
                tokenValiditySeconds = 8 * 60 * 60
                // safe: session-cookie-insecure
                useSecureCookie = true
                userDetailsService = accountDetails
            }
            logout {
                logoutUrl = "/admin/logout"
                invalidateHttpSession = true
                deleteCookies("JSESSIONID", "remember-me")
            }
        }
        return http.build()
    }

    @Bean
    @Order(2)
    fun apiChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher("/api/**")
            authorizeHttpRequests { authorize(anyRequest, authenticated) }
            sessionManagement { sessionCreationPolicy = SessionCreationPolicy.STATELESS }
            oauth2ResourceServer { jwt { jwtDecoder = partnerJwtDecoder() } }
        }
        return http.build()
    }

    @Bean
    @Order(3)
    fun storefrontChain(http: HttpSecurity): SecurityFilterChain {
        http {
            authorizeHttpRequests {
                authorize("/login", permitAll)
                authorize("/assets/**", permitAll)
                authorize(anyRequest, authenticated)
            }
            formLogin {
                loginPage = "/login"
                defaultSuccessUrl("/orders", false)
            }
            sessionManagement {
                // expect: session-fixation
                sessionFixation { none() }
            }
            rememberMe {
                // expect: session-weak-secret
                key = "orders-remember-me"
                // expect: session-no-expiry
                tokenValiditySeconds = 60 * 60 * 24 * 365
                // expect: session-cookie-insecure
                useSecureCookie = false
                userDetailsService = accountDetails
            }
            logout {
                logoutSuccessUrl = "/login?bye"
                invalidateHttpSession = true
            }
        }
        return http.build()
    }

    @Bean
    fun partnerJwtDecoder(): JwtDecoder {
        val decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri).build()
        val audience = JwtClaimValidator<List<String>>("aud") { aud -> aud != null && "orders-api" in aud }
        // safe: jwt-claims-not-validated
        decoder.setJwtValidator(DelegatingOAuth2TokenValidator(JwtValidators.createDefaultWithIssuer(issuerUri), audience))
        return decoder
    }

    fun warehouseJwtDecoder(): JwtDecoder {
        // expect: jwt-weak-secret
        val key = SecretKeySpec("warehouse-scanner-key".toByteArray(), "HmacSHA256")
        val decoder = NimbusJwtDecoder.withSecretKey(key).build()
        // expect: jwt-claims-not-validated
        decoder.setJwtValidator(DelegatingOAuth2TokenValidator<Jwt>(JwtTimestampValidator(Duration.ofDays(30))))
        return decoder
    }
}
