package org.quarry.billing.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

// A bearer-only resource server: no HttpSession is ever created, so the fixation
// strategy has nothing to do.
@Configuration
public class BillingSecurityConfig {
    @Bean
    SecurityFilterChain billingChain(HttpSecurity http) throws Exception {
        http.sessionManagement(sm -> sm
                .sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                // safe: session-fixation
                .sessionFixation(f -> f.none()))
            .oauth2ResourceServer(rs -> rs.jwt(jwt -> {}));
        return http.build();
    }
}
