package demo

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.data.redis.connection.RedisStandaloneConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession
import java.time.Duration

@Configuration
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800)
class StagingConfig {
    @Bean
    fun redisConnectionFactory(): LettuceConnectionFactory {
        val server = RedisStandaloneConfiguration("sessions.staging.internal", 6379)
        // ruleid: kotlin-spring-session-insecure-store
        return LettuceConnectionFactory(server)
    }
}

@Configuration
class ProductionSessionConfig(private val redisHost: String) {
    @Bean
    fun redisConnectionFactory(): LettuceConnectionFactory {
        val server = RedisStandaloneConfiguration(redisHost, 6380)
        val client = LettuceClientConfiguration.builder()
            .useSsl()
            .and()
            .commandTimeout(Duration.ofSeconds(2))
            .build()
        // ok: kotlin-spring-session-insecure-store
        return LettuceConnectionFactory(server, client)
    }

    @Bean
    fun plainFactory(): LettuceConnectionFactory {
        val client = LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build()
        // ruleid: kotlin-spring-session-insecure-store
        return LettuceConnectionFactory(RedisStandaloneConfiguration(redisHost, 6379), client)
    }

    @Bean
    fun hostPort(): LettuceConnectionFactory {
        // ruleid: kotlin-spring-session-insecure-store
        return LettuceConnectionFactory("redis.internal", 6379)
    }
}

@Configuration
class CacheConfig {
    @Bean
    fun cacheFactory(): LettuceConnectionFactory {
        // ok: kotlin-spring-session-insecure-store
        return LettuceConnectionFactory(RedisStandaloneConfiguration("cache", 6379))
    }
}

@Configuration
class InMemorySessions {
    @Bean
    // ruleid: kotlin-spring-session-insecure-store
    fun sessionRepository() = MapSessionRepository(ConcurrentHashMap())
}
