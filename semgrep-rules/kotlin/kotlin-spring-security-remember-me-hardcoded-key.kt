import org.springframework.context.annotation.Bean
import org.springframework.beans.factory.annotation.Value
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.web.SecurityFilterChain
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices

class WebSecurity(private val users: UserDetailsService, private val rememberKey: String) {
    @Bean
    fun chain(http: HttpSecurity): SecurityFilterChain {
        http {
            rememberMe {
                // ruleid: kotlin-spring-security-remember-me-hardcoded-key
                key = "uniqueAndSecret"
                tokenValiditySeconds = 3600
            }
        }
        return http.build()
    }

    // ruleid: kotlin-spring-security-remember-me-hardcoded-key
    @Bean fun services() = TokenBasedRememberMeServices("remember-me-key", users)

    // ok: kotlin-spring-security-remember-me-hardcoded-key
    @Bean fun fromConfig() = TokenBasedRememberMeServices(rememberKey, users)

    // ok: kotlin-spring-security-remember-me-hardcoded-key
    fun unrelated(map: Config) = map.key("cache")
}

class ConstantKeyConfig(
    // ruleid: kotlin-spring-security-remember-me-hardcoded-key
    @Value("\${portal.remember-me.key:portal-remember}") private val injectedKey: String,
    // ok: kotlin-spring-security-remember-me-hardcoded-key
    @Value("\${portal.remember-me.key}") private val requiredKey: String,
) {
    companion object {
        // ruleid: kotlin-spring-security-remember-me-hardcoded-key
        private const val REMEMBER_ME_KEY = "static-remember-me-key"
        // ok: kotlin-spring-security-remember-me-hardcoded-key
        private const val REMEMBER_ME_PARAM = "remember"
    }

    @Bean
    fun chain(http: HttpSecurity): SecurityFilterChain {
        http {
            rememberMe {
                key = REMEMBER_ME_KEY
                rememberMeParameter = REMEMBER_ME_PARAM
            }
        }
        return http.build()
    }
}
