package com.example.helpdesk.config;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Spring Session wiring for the helpdesk web app.
 */
public class SessionRedisConfig {

    @Configuration
    @Profile("prod")
    // safe: session-no-expiry
    @EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800, redisNamespace = "helpdesk")
    static class ProductionSessions {

        @Bean
        LettuceConnectionFactory redisConnectionFactory(@Value("${helpdesk.redis.host}") String host) {
            RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(host, 6380);
            LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                    // safe: session-insecure-store
                    .useSsl()
                    .and()
                    .commandTimeout(Duration.ofSeconds(2))
                    .build();
            return new LettuceConnectionFactory(server, client);
        }

        @Bean
        CookieSerializer cookieSerializer() {
            DefaultCookieSerializer serializer = new DefaultCookieSerializer();
            serializer.setCookieName("__Host-HELPDESK");
            // safe: session-cookie-insecure
            serializer.setUseSecureCookie(true);
            serializer.setUseHttpOnlyCookie(true);
            serializer.setSameSite("Lax");
            return serializer;
        }
    }

    @Configuration
    @Profile("staging")
    // expect: session-no-expiry
    @EnableRedisHttpSession(maxInactiveIntervalInSeconds = 60 * 60 * 24 * 30, redisNamespace = "helpdesk-stg")
    static class StagingSessions {

        @Bean
        LettuceConnectionFactory redisConnectionFactory() {
            RedisStandaloneConfiguration server = new RedisStandaloneConfiguration("redis-staging.helpdesk.internal", 6379);
            server.setPassword(System.getenv("REDIS_PASSWORD"));
            // expect: session-insecure-store
            return new LettuceConnectionFactory(server);
        }

        @Bean
        CookieSerializer cookieSerializer() {
            DefaultCookieSerializer serializer = new DefaultCookieSerializer();
            serializer.setCookieName("HELPDESK_STG");
            // expect: session-cookie-insecure
            serializer.setUseSecureCookie(false);
            // expect: session-cookie-insecure
            serializer.setSameSite("None");
            return serializer;
        }
    }

    @Configuration
    @Profile("onprem")
    @EnableSpringHttpSession
    static class OnPremSessions {

        @Bean
        MapSessionRepository sessionRepository() {
            // expect: session-insecure-store
            MapSessionRepository repository = new MapSessionRepository(new ConcurrentHashMap<>());
            repository.setDefaultMaxInactiveInterval(Duration.ofMinutes(30));
            return repository;
        }
    }

    @Configuration
    @Profile("branch-office")
    // safe: session-insecure-store
    @EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1200, tableName = "HELPDESK_SESSION")
    static class BranchOfficeSessions {
    }
}
