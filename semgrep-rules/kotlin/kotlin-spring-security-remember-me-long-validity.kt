package demo

import org.springframework.security.config.annotation.web.invoke

class SecurityConfig {
    fun filterChain(http: HttpSecurity): SecurityFilterChain {
        http {
            rememberMe {
                key = rememberKey
                // ruleid: kotlin-spring-security-remember-me-long-validity
                tokenValiditySeconds = 60 * 60 * 24 * 365
            }
        }
        http {
            rememberMe {
                // ok: kotlin-spring-security-remember-me-long-validity
                tokenValiditySeconds = 60 * 60 * 24 * 3
            }
        }
        return http.build()
    }

    fun services(uds: UserDetailsService): RememberMeServices {
        val services = TokenBasedRememberMeServices(rememberKey, uds)
        // ruleid: kotlin-spring-security-remember-me-long-validity
        services.setTokenValiditySeconds(2592000)
        // ok: kotlin-spring-security-remember-me-long-validity
        services.setTokenValiditySeconds(86400)
        return PersistentTokenBasedRememberMeServices(rememberKey, uds, repo).apply {
            // ruleid: kotlin-spring-security-remember-me-long-validity
            tokenValiditySeconds = 90 * 24 * 3600
        }
    }

    fun unrelated(cache: CacheSettings) {
        // ok: kotlin-spring-security-remember-me-long-validity
        cache.ttlSeconds = 60 * 60 * 24 * 365
    }
}
