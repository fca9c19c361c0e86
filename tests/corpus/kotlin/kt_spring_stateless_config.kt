package net.ledger.api.security

import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import jakarta.servlet.http.HttpSession
import org.springframework.context.annotation.Bean
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.core.Authentication
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.web.SecurityFilterChain
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler
import java.util.concurrent.TimeUnit

class LedgerSecurityConfig(private val tokenFilter: LedgerTokenFilter) {
    @Bean
    fun ledgerChain(http: HttpSecurity): SecurityFilterChain {
        http.csrf { it.disable() }
            .sessionManagement { it.sessionCreationPolicy(SessionCreationPolicy.STATELESS) }
            .logout { it.logoutUrl("/logout").logoutSuccessHandler(LedgerLogoutSuccess()) }
            .addFilterBefore(tokenFilter, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter::class.java)
        return http.build()
    }

    class LedgerLogoutSuccess : LogoutSuccessHandler {
        override fun onLogoutSuccess(request: HttpServletRequest?, response: HttpServletResponse?, authentication: Authentication?) {
            // expect: jwt-no-revocation
            SecurityContextHolder.clearContext()
            response?.status = 204
        }
    }
}

class LedgerLegacyLogin(private val cache: LedgerCache) {
    fun markLoggedIn(session: HttpSession, ledgerUserId: Long) {
        cache.put(session.id, ledgerUserId.toString())
        // expect: session-no-expiry
        cache.expire(session.id, 30, TimeUnit.DAYS)
        // safe: session-no-expiry
        cache.expire("ledger:otp:" + ledgerUserId, 5, TimeUnit.MINUTES)
    }

    fun keepAlive(session: HttpSession) {
        // safe: session-no-expiry
        session.maxInactiveInterval = 900
    }
}
