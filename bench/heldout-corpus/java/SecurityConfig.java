package com.example.portal.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Value("${portal.idp.issuer}")
    private String issuer;

    @Value("${portal.idp.jwks-uri}")
    private String jwksUri;

    @Bean
    @Order(1)
    public SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain webChain(HttpSecurity http, UserDetailsService users) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/assets/**").permitAll()
                .anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/dashboard"))
            .sessionManagement(s -> s
                // safe: session-fixation
                .sessionFixation(f -> f.changeSessionId())
                .maximumSessions(3))
            .rememberMe(r -> r
                // expect: session-weak-secret
                .key("uniqueAndSecret")
                // expect: session-no-expiry
                .tokenValiditySeconds(60 * 60 * 24 * 365)
                .userDetailsService(users));
        return http.build();
    }

    @Bean
    public JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        OAuth2TokenValidator<Jwt> audience =
                new JwtClaimValidator<java.util.List<String>>("aud", aud -> aud != null && aud.contains("portal-api"));
        // safe: jwt-claims-not-validated
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
        return decoder;
    }

    /** Decoder for the legacy kiosk devices; their clocks drift badly. */
    public JwtDecoder kioskJwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        // expect: jwt-claims-not-validated
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder;
    }

    /** Back-office admin console, mounted under /admin with its own chain. */
    @Configuration
    static class AdminConsole {

        @Bean
        @Order(0)
        public SecurityFilterChain adminFilterChain(HttpSecurity http, UserDetailsService users) throws Exception {
            http.securityMatcher("/admin/**")
                .authorizeHttpRequests(authz -> authz
                    .requestMatchers("/admin/login").permitAll()
                    .anyRequest().hasRole("ADMIN"))
                .formLogin(form -> form
                    .loginPage("/admin/login")
                    .defaultSuccessUrl("/admin/home", true))
                .sessionManagement(session -> session
                    // expect: session-fixation
                    .sessionFixation(fixation -> fixation.none())
                    .invalidSessionUrl("/admin/login?expired"))
                .rememberMe(remember -> remember
                    .rememberMeServices(adminRememberMe(users)))
                .logout(logout -> logout
                    .logoutUrl("/admin/logout")
                    .invalidateHttpSession(true)
                    .deleteCookies("JSESSIONID", "remember-me"));
            return http.build();
        }

        @Bean
        public TokenBasedRememberMeServices adminRememberMe(UserDetailsService users) {
            String key = System.getenv("ADMIN_REMEMBER_ME_KEY");
            // safe: session-weak-secret
            TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(key, users);
            // safe: session-no-expiry
            services.setTokenValiditySeconds(8 * 60 * 60);
            services.setUseSecureCookie(true);
            return services;
        }
    }
}
