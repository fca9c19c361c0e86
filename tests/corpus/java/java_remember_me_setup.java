package com.example.library.config;

import java.security.SecureRandom;
import java.util.Base64;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

@Configuration
public class LibraryWebSecurityConfig extends WebSecurityConfigurerAdapter {

    private static final String RM_KEY = "library-remember-me-2018";

    private final UserDetailsService userDetailsService;
    private final DataSource dataSource;
    private final Environment env;

    public LibraryWebSecurityConfig(UserDetailsService uds, DataSource dataSource, Environment env) {
        this.userDetailsService = uds;
        this.dataSource = dataSource;
        this.env = env;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeRequests()
                .antMatchers("/catalog/**").permitAll()
                .anyRequest().authenticated()
            .and()
                .formLogin().loginPage("/signin").permitAll()
            .and()
                .rememberMe()
                // expect: session-weak-secret
                .key("uniqueAndSecret")
                // expect: session-no-expiry
                .tokenValiditySeconds(2592000)
                .userDetailsService(userDetailsService);
    }

    @Bean
    public PersistentTokenRepository persistentTokenRepository() {
        JdbcTokenRepositoryImpl repo = new JdbcTokenRepositoryImpl();
        repo.setDataSource(dataSource);
        return repo;
    }

    @Bean
    public PersistentTokenBasedRememberMeServices persistentRememberMe() {
        // expect: session-weak-secret
        PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(RM_KEY, userDetailsService, persistentTokenRepository());
        // safe: session-no-expiry
        services.setTokenValiditySeconds(3 * 24 * 60 * 60);
        return services;
    }

    @Bean
    public RememberMeAuthenticationProvider rememberMeAuthenticationProvider() {
        // expect: session-weak-secret
        return new RememberMeAuthenticationProvider("library-remember-me-2018");
    }

    @Bean
    public TokenBasedRememberMeServices envRememberMe() {
        // safe: session-weak-secret
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(env.getRequiredProperty("library.remember-me.key"), userDetailsService);
        services.setCookieName("LIBRARY_REMEMBER");
        // safe: session-cookie-insecure
        services.setUseSecureCookie(true);
        return services;
    }

    @Bean
    public TokenBasedRememberMeServices randomKeyRememberMe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        // safe: session-weak-secret
        TokenBasedRememberMeServices services = new TokenBasedRememberMeServices(Base64.getEncoder().encodeToString(bytes), userDetailsService);
        // expect: session-cookie-insecure
        services.setUseSecureCookie(false);
        return services;
    }

    @Bean
    public RememberMeAuthenticationProvider configuredProvider(@Value("${library.remember-me.key}") String key) {
        // safe: session-weak-secret
        return new RememberMeAuthenticationProvider(key);
    }
}
