package demo

import org.springframework.context.annotation.Bean
import org.springframework.session.web.http.CookieSerializer
import org.springframework.session.web.http.DefaultCookieSerializer
import org.springframework.security.config.annotation.web.invoke

class StagingSessionConfig {
    @Bean
    fun cookieSerializer(): CookieSerializer {
        val serializer = DefaultCookieSerializer()
        serializer.setCookieName("ORDERS_SESSION")
        // ruleid: kotlin-spring-session-cookie-insecure
        serializer.setUseSecureCookie(false)
        // ruleid: kotlin-spring-session-cookie-insecure
        serializer.setUseHttpOnlyCookie(false)
        // ok: kotlin-spring-session-cookie-insecure
        serializer.setSameSite("Lax")
        return serializer
    }

    @Bean
    fun laxSerializer(): CookieSerializer {
        val serializer = DefaultCookieSerializer()
        // ruleid: kotlin-spring-session-cookie-insecure
        serializer.setSameSite("None")
        // ruleid: kotlin-spring-session-cookie-insecure
        serializer.setUseSecureCookie(false)
        return serializer
    }

    @Bean
    fun prodSerializer(): CookieSerializer {
        val serializer = DefaultCookieSerializer()
        serializer.setCookieName("__Host-ORDERS_SESSION")
        // ok: kotlin-spring-session-cookie-insecure
        serializer.setUseSecureCookie(true)
        // ok: kotlin-spring-session-cookie-insecure
        serializer.setUseHttpOnlyCookie(true)
        // ok: kotlin-spring-session-cookie-insecure
        serializer.setSameSite("None")
        return serializer
    }

    @Bean
    fun devSerializer(): CookieSerializer =
        DefaultCookieSerializer().apply {
            setCookieName("ORDERS_SESSION")
            // ruleid: kotlin-spring-session-cookie-insecure
            setSameSite("None")
            // ruleid: kotlin-spring-session-cookie-insecure
            setUseSecureCookie(false)
        }

    @Bean
    fun crossSiteSerializer(): CookieSerializer =
        DefaultCookieSerializer().apply {
            // ok: kotlin-spring-session-cookie-insecure
            setSameSite("None")
            setUseSecureCookie(true)
        }

    @Bean
    fun propertySerializer(): CookieSerializer =
        DefaultCookieSerializer().apply {
            // ruleid: kotlin-spring-session-cookie-insecure
            useHttpOnlyCookie = false
        }

    fun filterChain(http: HttpSecurity): SecurityFilterChain {
        http {
            rememberMe {
                key = keyFromVault
                // ruleid: kotlin-spring-session-cookie-insecure
                useSecureCookie = false
            }
        }
        http {
            rememberMe {
                // ok: kotlin-spring-session-cookie-insecure
                useSecureCookie = true
            }
        }
        return http.build()
    }

    fun unrelated(settings: Settings) {
        // ok: kotlin-spring-session-cookie-insecure
        settings.enabled = false
    }
}
