package com.acme.portal.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.GenericJackson2JsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

@Configuration
// expect: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 60 * 60 * 24 * 30, redisNamespace = "portal:session")
public class SessionConfig {

    private static final String REDIS_HOST = "sessions.redis.internal";

    @Bean
    public LettuceConnectionFactory redisConnectionFactory() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(REDIS_HOST, 6379);
        server.setPassword(RedisPassword.of(System.getenv("PORTAL_REDIS_PASSWORD")));
        server.setDatabase(2);
        // expect: session-insecure-store
        return new LettuceConnectionFactory(server);
    }

    @Bean
    public RedisSerializer<Object> springSessionDefaultRedisSerializer() {
        return new GenericJackson2JsonRedisSerializer();
    }
}
