package com.example.store.config;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
@Profile("prod")
// expect: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 60 * 60 * 24 * 14, redisNamespace = "store:session")
public class StoreSessionConfig {

    @Value("${store.redis.host}")
    private String redisHost;

    @Value("${store.redis.password}")
    private String redisPassword;

    @Bean
    public LettuceConnectionFactory redisConnectionFactory() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(redisHost, 6379);
        server.setPassword(redisPassword);
        // expect: session-insecure-store
        return new LettuceConnectionFactory(server);
    }

    @Bean
    public CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("STORESESSION");
        serializer.setSameSite("Lax");
        // expect: session-cookie-insecure
        serializer.setUseSecureCookie(false);
        // safe: session-cookie-insecure
        serializer.setUseHttpOnlyCookie(true);
        // expect: session-no-expiry
        serializer.setCookieMaxAge(60 * 60 * 24 * 365);
        return serializer;
    }

    @Bean
    public ServletContextInitializer sessionCookieInitializer() {
        return servletContext -> {
            // expect: session-cookie-insecure
            servletContext.getSessionCookieConfig().setSecure(false);
            // safe: session-cookie-insecure
            servletContext.getSessionCookieConfig().setHttpOnly(true);
            // safe: session-no-expiry
            servletContext.setSessionTimeout(30);
        };
    }
}

@Configuration
@Profile("prod-tls")
// safe: session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800)
class TlsSessionConfig {

    @Bean
    public LettuceConnectionFactory redisConnectionFactory(@Value("${store.redis.host}") String host) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .useSsl()
                .and()
                .commandTimeout(Duration.ofSeconds(2))
                .build();
        // safe: session-insecure-store
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, 6380), client);
    }
}

@Configuration
@Profile("demo")
@EnableSpringHttpSession
class DemoSessionConfig {

    @Bean
    public MapSessionRepository sessionRepository() {
        // expect: session-insecure-store
        MapSessionRepository repository = new MapSessionRepository(new ConcurrentHashMap<>());
        // expect: session-no-expiry
        repository.setDefaultMaxInactiveInterval(Duration.ofDays(30));
        return repository;
    }
}
