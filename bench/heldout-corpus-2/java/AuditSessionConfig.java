package com.acme.audit.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

import java.time.Duration;

@Configuration
// safe: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800)
public class AuditSessionConfig {

    @Value("${audit.redis.host}")
    private String redisHost;

    @Bean
    public LettuceConnectionFactory redisConnectionFactory() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(redisHost, 6380);
        server.setPassword(RedisPassword.of(System.getenv("AUDIT_REDIS_PASSWORD")));
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .useSsl()
                .and()
                .commandTimeout(Duration.ofSeconds(2))
                .build();
        // safe: session-insecure-store
        return new LettuceConnectionFactory(server, client);
    }
}
