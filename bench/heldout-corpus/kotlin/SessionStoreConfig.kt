package com.acme.orders.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Profile
import org.springframework.data.redis.connection.RedisStandaloneConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession
import org.springframework.session.web.http.CookieSerializer
import org.springframework.session.web.http.DefaultCookieSerializer
import java.time.Duration

@Configuration
@Profile("staging")
// expect: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 60 * 60 * 24 * 30)
class StagingSessionConfig {

    @Bean
    fun redisConnectionFactory(): LettuceConnectionFactory {
        val server = RedisStandaloneConfiguration("sessions.staging.internal", 6379)
        // expect: session-insecure-store
        return LettuceConnectionFactory(server)
    }

    @Bean
    fun cookieSerializer(): CookieSerializer {
        val serializer = DefaultCookieSerializer()
        serializer.setCookieName("ORDERS_SESSION")
        // expect: session-cookie-insecure
        serializer.setUseSecureCookie(false)
        // expect: session-cookie-insecure
        serializer.setUseHttpOnlyCookie(false)
        serializer.setSameSite("Lax")
        return serializer
    }
}

@Configuration
@Profile("prod")
// safe: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800)
class ProductionSessionConfig(
    @Value("\${orders.redis.host}") private val redisHost: String,
    @Value("\${orders.redis.password}") private val redisPassword: String,
) {

    @Bean
    fun redisConnectionFactory(): LettuceConnectionFactory {
        val server = RedisStandaloneConfiguration(redisHost, 6380)
        server.setPassword(redisPassword)
        val client = LettuceClientConfiguration.builder()
            // safe: session-insecure-store
            .useSsl()
            .and()
            .commandTimeout(Duration.ofSeconds(2))
            .build()
        return LettuceConnectionFactory(server, client)
    }

    @Bean
    fun cookieSerializer(): CookieSerializer {
        val serializer = DefaultCookieSerializer()
        serializer.setCookieName("__Host-ORDERS_SESSION")
        // safe: session-cookie-insecure
        serializer.setUseSecureCookie(true)
        // safe: session-cookie-insecure
        serializer.setUseHttpOnlyCookie(true)
        serializer.setSameSite("Strict")
        return serializer
    }
}

@Configuration
@Profile("dev")
class DevSessionConfig {

    @Bean
    fun cookieSerializer(): CookieSerializer =
        DefaultCookieSerializer().apply {
            setCookieName("ORDERS_SESSION")
            // expect: session-cookie-insecure
            setSameSite("None")
            // expect: session-cookie-insecure
            setUseSecureCookie(false)
        }
}
