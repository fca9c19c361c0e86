package com.example.travel.session;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.ReactiveMapSessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;

@Configuration
@EnableRedisIndexedHttpSession(maxInactiveIntervalInSeconds = 1800)
public class BookingSessionConfig {

    @Bean
    public JedisConnectionFactory jedisConnectionFactory(@Value("${booking.redis.host}") String host) {
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(host, 6379);
        // expect: session-insecure-store
        return new JedisConnectionFactory(standalone);
    }

    @Bean
    public RedisClient sessionRedisClient() {
        // expect: session-insecure-store
        return RedisClient.create("redis://:changeme@sessions.booking.internal:6379/0");
    }
}

@Configuration
@EnableRedisHttpSession
class LoyaltySessionConfig {

    @Bean
    public JedisConnectionFactory jedisConnectionFactory(@Value("${loyalty.redis.host}") String host) {
        JedisConnectionFactory factory = new JedisConnectionFactory(new RedisStandaloneConfiguration(host, 6379));
        // expect: session-insecure-store
        factory.setUseSsl(false);
        return factory;
    }

    @Bean
    public LettuceConnectionFactory lettuceConnectionFactory(@Value("${loyalty.redis.host}") String host) {
        LettuceClientConfiguration clientConfig = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofSeconds(1))
                .build();
        // expect: session-insecure-store
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, 6379), clientConfig);
    }
}

@Configuration
@EnableRedisHttpSession
class SecureLoyaltySessionConfig {

    @Bean
    public JedisConnectionFactory jedisConnectionFactory(@Value("${loyalty.redis.host}") String host) {
        JedisClientConfiguration tls = JedisClientConfiguration.builder().useSsl().build();
        // safe: session-insecure-store
        return new JedisConnectionFactory(new RedisStandaloneConfiguration(host, 6380), tls);
    }

    @Bean
    public RedisURI sessionRedisUri(@Value("${loyalty.redis.host}") String host) {
        // safe: session-insecure-store
        return RedisURI.Builder.redis(host, 6380).withSsl(true).withVerifyPeer(true).build();
    }

    @Bean
    public RedisClient sessionRedisClient() {
        // safe: session-insecure-store
        return RedisClient.create("rediss://sessions.loyalty.internal:6380/0");
    }
}

@Configuration
@EnableSpringHttpSession
class PartnerPortalSessionConfig {

    @Bean
    public MapSessionRepository sessionRepository() {
        // expect: session-insecure-store
        return new MapSessionRepository(new ConcurrentHashMap<>());
    }
}

@Configuration
@EnableSpringWebSession
class ReactiveSessionConfig {

    @Bean
    public ReactiveMapSessionRepository reactiveSessionRepository() {
        // expect: session-insecure-store
        ReactiveMapSessionRepository repository = new ReactiveMapSessionRepository(new ConcurrentHashMap<>());
        // safe: session-no-expiry
        repository.setDefaultMaxInactiveInterval(Duration.ofMinutes(20));
        return repository;
    }
}
