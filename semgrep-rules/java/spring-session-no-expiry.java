package com.example.config;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
// ruleid: spring-session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 60 * 60 * 24 * 30)
public class SessionConfig {
    @Bean
    public DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer s = new DefaultCookieSerializer();
        // ruleid: spring-session-no-expiry
        s.setCookieMaxAge(31536000);
        return s;
    }

    public void repo(org.springframework.session.MapSessionRepository repository) {
        // ruleid: spring-session-no-expiry
        repository.setDefaultMaxInactiveInterval(Duration.ofDays(90));
    }

    public void ok(org.springframework.session.MapSessionRepository repository) {
        // ok: spring-session-no-expiry
        repository.setDefaultMaxInactiveInterval(Duration.ofMinutes(30));
    }
}

@Configuration
// ok: spring-session-no-expiry
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 1800)
class OtherConfig {
}
