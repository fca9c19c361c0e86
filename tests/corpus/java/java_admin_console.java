package com.example.console.config;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.mindrot.jbcrypt.BCrypt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices.RememberMeTokenAlgorithm;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

@Configuration
public class ConsoleSecurityConfig {

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, UserDetailsService uds) throws Exception {
        http
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/console/login"))
            // expect: session-weak-secret
            .rememberMe(rm -> rm.key("console").userDetailsService(uds));
        return http.build();
    }

    @Bean
    TokenBasedRememberMeServices consoleRememberMe(UserDetailsService uds) {
        // expect: session-weak-secret
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices("c0ns0le-rm-key", uds, RememberMeTokenAlgorithm.SHA256);
        services.setMatchingAlgorithm(RememberMeTokenAlgorithm.SHA256);
        return services;
    }

    @Bean
    TokenBasedRememberMeServices vaultRememberMe(UserDetailsService uds, @Value("${console.rm.key}") String key) {
        // safe: session-weak-secret
        return new TokenBasedRememberMeServices(key, uds, RememberMeTokenAlgorithm.SHA256);
    }
}

@Configuration
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 900)
class ConsoleSessionStore {

    @Bean
    public LettuceConnectionFactory consoleRedis() {
        // expect: session-insecure-store
        return new LettuceConnectionFactory("console-redis.internal", 6379);
    }

    @Bean
    public JedisConnectionFactory fallbackRedis() {
        // expect: session-insecure-store
        return new JedisConnectionFactory();
    }

    @Bean
    public LettuceConnectionFactory replicaRedis(@Value("${console.redis.replica}") String host) {
        // safe: session-insecure-store
        return new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, 6380),
                LettuceClientConfiguration.builder().useSsl().and().build());
    }

    @Bean
    public JedisConnectionFactory tlsJedis(@Value("${console.redis.host}") String host) {
        JedisConnectionFactory factory = new JedisConnectionFactory(new RedisStandaloneConfiguration(host, 6380));
        // safe: session-insecure-store
        factory.setUseSsl(true);
        return factory;
    }
}

class ConsoleAuthServlet extends HttpServlet {

    private final OperatorDirectory directory = new OperatorDirectory();

    public void authenticate(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        Operator op = directory.find(req.getParameter("operator"));
        if (op != null && BCrypt.checkpw(req.getParameter("secret"), op.getHash())) {
            // expect: session-fixation
            req.getSession().setAttribute("operator", op.getName());
            resp.sendRedirect("/console");
            return;
        }
        resp.sendError(401);
    }

    public void switchTenant(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        HttpSession session = req.getSession(false);
        // safe: session-fixation
        session.setAttribute("tenantFilter", req.getParameter("tenant"));
        resp.sendRedirect("/console");
    }

    public void doLogin(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        Operator op = directory.verify(req.getParameter("operator"), req.getParameter("secret"));
        if (op == null) {
            resp.sendError(401);
            return;
        }
        HttpSession session = req.getSession();
        // expect: session-fixation
        session.setAttribute("OPERATOR_ID", op.getId());
        resp.sendRedirect("/console");
    }
}
