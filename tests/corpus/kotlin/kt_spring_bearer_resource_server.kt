package org.quarry.reports.security

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.oauth2.jwt.JwtDecoder
import org.springframework.security.web.SecurityFilterChain
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy

// A bearer-only resource server: every request carries a provider JWT and no
// HttpSession is ever created, so there is no session id for a login to rotate.
@Configuration
class ReportsSecurityConfig(private val jwtDecoder: JwtDecoder) {
    @Bean
    // safe: session-fixation
    fun sessionAuthenticationStrategy(): SessionAuthenticationStrategy = NullAuthenticatedSessionStrategy()

    @Bean
    fun reportsChain(http: HttpSecurity): SecurityFilterChain {
        http.sessionManagement {
            it.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            // safe: session-fixation
            it.sessionFixation { f -> f.none() }
        }
        http.oauth2ResourceServer { rs -> rs.jwt { it.decoder(jwtDecoder) } }
        return http.build()
    }
}

// The same application's browser console logs in with a form: its chain keeps sessions.
@Configuration
class ConsoleSecurityConfig {
    @Bean
    fun consoleChain(http: HttpSecurity): SecurityFilterChain {
        http.formLogin { it.loginPage("/console/login") }
        http.sessionManagement {
            // expect: session-fixation
            it.sessionFixation { f -> f.none() }
        }
        return http.build()
    }
}
