package com.acme.crm.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Profile
import org.springframework.data.redis.connection.RedisPassword
import org.springframework.data.redis.connection.RedisStandaloneConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession
import org.springframework.session.web.http.CookieSerializer
import org.springframework.session.web.http.DefaultCookieSerializer
import java.time.Duration

@Configuration
// safe: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 30 * 60)
class CrmSessionConfig(
    @Value("\${crm.redis.host}") private val redisHost: String,
) {

    @Bean
    fun redisConnectionFactory(): LettuceConnectionFactory {
        val server = RedisStandaloneConfiguration(redisHost, 6380).apply {
            password = RedisPassword.of(System.getenv("CRM_REDIS_PASSWORD"))
        }
        val client = LettuceClientConfiguration.builder()
            .useSsl().and()
            .commandTimeout(Duration.ofSeconds(2))
            .build()
        // safe: session-insecure-store
        return LettuceConnectionFactory(server, client)
    }

    @Bean
    @Profile("!embedded")
    fun cookieSerializer(): CookieSerializer = DefaultCookieSerializer().apply {
        setCookieName("CRMSESSION")
        // safe: session-cookie-insecure
        setUseSecureCookie(true)
        setUseHttpOnlyCookie(true)
        setSameSite("Lax")
    }

    /** The CRM is framed by the partner portal, which needs the cookie cross-site. */
    @Bean
    @Profile("embedded")
    fun embeddedCookieSerializer(): CookieSerializer = DefaultCookieSerializer().apply {
        setCookieName("CRMSESSION")
        setUseHttpOnlyCookie(true)
        setSameSite("None")
        // expect: session-cookie-insecure
        setUseSecureCookie(false)
    }
}
