package com.acme.legacy.config;

import org.apache.shiro.codec.Base64;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.spring.web.ShiroFilterFactoryBean;
import org.apache.shiro.web.mgt.CookieRememberMeManager;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.SimpleCookie;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

@Configuration
public class ShiroConfig {

    @Bean
    public CookieRememberMeManager rememberMeManager() {
        SimpleCookie cookie = new SimpleCookie("rememberMe");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge(7 * 24 * 3600);
        CookieRememberMeManager manager = new CookieRememberMeManager();
        manager.setCookie(cookie);
        // expect: session-weak-secret
        manager.setCipherKey(Base64.decode("kPH+bIxk5D2deZiIxcaaaA=="));
        return manager;
    }

    @Bean
    public DefaultWebSessionManager sessionManager() {
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        // expect: session-no-expiry
        manager.setGlobalSessionTimeout(TimeUnit.DAYS.toMillis(30));
        manager.setSessionValidationSchedulerEnabled(true);
        SimpleCookie sessionCookie = new SimpleCookie("LEGACYSESSIONID");
        // expect: session-cookie-insecure
        sessionCookie.setHttpOnly(false);
        sessionCookie.setPath("/");
        manager.setSessionIdCookie(sessionCookie);
        return manager;
    }

    @Bean
    public SecurityManager securityManager(Realm realm, DefaultWebSessionManager sessionManager,
                                           CookieRememberMeManager rememberMeManager) {
        DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager(realm);
        securityManager.setSessionManager(sessionManager);
        securityManager.setRememberMeManager(rememberMeManager);
        return securityManager;
    }

    @Bean
    public ShiroFilterFactoryBean shiroFilter(SecurityManager securityManager) {
        ShiroFilterFactoryBean factory = new ShiroFilterFactoryBean();
        factory.setSecurityManager(securityManager);
        factory.setLoginUrl("/login");
        Map<String, String> chain = new LinkedHashMap<>();
        chain.put("/static/**", "anon");
        chain.put("/login", "authc");
        chain.put("/logout", "logout");
        chain.put("/**", "user");
        factory.setFilterChainDefinitionMap(chain);
        return factory;
    }
}
