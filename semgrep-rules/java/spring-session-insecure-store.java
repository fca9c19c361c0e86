package com.example.config;

import io.lettuce.core.RedisURI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import java.util.concurrent.ConcurrentHashMap;

@Configuration
@EnableRedisHttpSession
public class RedisSessionConfig {
    @Bean
    public LettuceConnectionFactory connectionFactory() {
        RedisStandaloneConfiguration conf = new RedisStandaloneConfiguration("redis.internal", 6379);
        // ruleid: spring-session-insecure-store
        return new LettuceConnectionFactory(conf);
    }

    public LettuceConnectionFactory plainClient() {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder().commandTimeout(java.time.Duration.ofSeconds(2)).build();
        // ruleid: spring-session-insecure-store
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration("redis.internal", 6379), client);
    }

    public RedisURI uri() {
        // ruleid: spring-session-insecure-store
        return RedisURI.create("redis://sessions.internal:6379");
    }

    public LettuceConnectionFactory tls() {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder().useSsl().build();
        // ok: spring-session-insecure-store
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration("redis.internal", 6380), client);
    }

    public RedisURI tlsUri() {
        // ok: spring-session-insecure-store
        return RedisURI.create("rediss://sessions.internal:6380");
    }
}

@Configuration
@EnableSpringHttpSession
class InMemorySessionConfig {
    @Bean
    public MapSessionRepository sessionRepository() {
        // ruleid: spring-session-insecure-store
        return new MapSessionRepository(new ConcurrentHashMap<>());
    }
}
