package demo

import org.springframework.context.annotation.Configuration
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession
import java.time.Duration

@Configuration
// ruleid: kotlin-spring-session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 60 * 60 * 24 * 30)
class StagingSessionConfig

@Configuration
// ok: kotlin-spring-session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800)
class ProductionSessionConfig

@Configuration
// ruleid: kotlin-spring-session-no-expiry
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = -1)
class JdbcSessionConfig

@Configuration
// ok: kotlin-spring-session-no-expiry
@EnableRedisHttpSession(redisNamespace = "orders")
class DefaultSessionConfig

class RepoConfig {
    fun customize(repository: RedisIndexedSessionRepository) {
        // ruleid: kotlin-spring-session-no-expiry
        repository.setDefaultMaxInactiveInterval(Duration.ofDays(7))
        // ok: kotlin-spring-session-no-expiry
        repository.setDefaultMaxInactiveInterval(Duration.ofMinutes(30))
        // ruleid: kotlin-spring-session-no-expiry
        repository.defaultMaxInactiveInterval = Duration.ofHours(48)
    }
}
