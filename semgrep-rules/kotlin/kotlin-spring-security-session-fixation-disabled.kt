import org.springframework.context.annotation.Bean
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.web.SecurityFilterChain

class SecurityConfig {
    @Bean
    fun filterChain(http: HttpSecurity): SecurityFilterChain {
        http {
            sessionManagement {
                // ruleid: kotlin-spring-security-session-fixation-disabled
                sessionFixation { none() }
            }
        }
        return http.build()
    }

    @Bean
    fun legacy(http: HttpSecurity): SecurityFilterChain {
        // ruleid: kotlin-spring-security-session-fixation-disabled
        http.sessionManagement().sessionFixation().none()
        return http.build()
    }

    @Bean
    fun good(http: HttpSecurity): SecurityFilterChain {
        http {
            sessionManagement {
                // ok: kotlin-spring-security-session-fixation-disabled
                sessionFixation { changeSessionId() }
            }
        }
        return http.build()
    }
}

class ReceiverLambdaConfig {
    @Bean
    fun chain(http: HttpSecurity): SecurityFilterChain =
        http.sessionManagement {
            // ruleid: kotlin-spring-security-session-fixation-disabled
            it.sessionFixation { fixation -> fixation.none() }
        }.build()

    @Bean
    fun chain2(http: HttpSecurity): SecurityFilterChain =
        http.sessionManagement { sm ->
            // ok: kotlin-spring-security-session-fixation-disabled
            sm.sessionFixation { it.migrateSession() }
        }.build()
}
