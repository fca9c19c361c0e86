import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;

public class SecurityConfig {

    @Bean
    LoginFilter loginFilter() throws Exception {
        LoginFilter loginFilter = new LoginFilter();
        loginFilter.setFilterProcessesUrl("/doLogin");
        ConcurrentSessionControlAuthenticationStrategy sessionStrategy = new ConcurrentSessionControlAuthenticationStrategy(sessionRegistry());
        sessionStrategy.setMaximumSessions(1);
        // ruleid: spring-security-login-filter-without-session-fixation
        loginFilter.setSessionAuthenticationStrategy(sessionStrategy);
        return loginFilter;
    }

    @Bean
    UsernamePasswordAuthenticationFilter jsonLoginFilter() {
        UsernamePasswordAuthenticationFilter filter = new UsernamePasswordAuthenticationFilter();
        // ruleid: spring-security-login-filter-without-session-fixation
        filter.setSessionAuthenticationStrategy(new RegisterSessionAuthenticationStrategy(sessionRegistry()));
        return filter;
    }

    @Bean
    UsernamePasswordAuthenticationFilter nullStrategyFilter() {
        UsernamePasswordAuthenticationFilter filter = new UsernamePasswordAuthenticationFilter();
        // stateless JWT filter: no session to fix
        // ok: spring-security-login-filter-without-session-fixation
        filter.setSessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy());
        return filter;
    }

    @Bean
    LoginFilter compositeFilter() {
        LoginFilter loginFilter = new LoginFilter();
        ConcurrentSessionControlAuthenticationStrategy concurrent = new ConcurrentSessionControlAuthenticationStrategy(sessionRegistry());
        CompositeSessionAuthenticationStrategy strategy = new CompositeSessionAuthenticationStrategy(Arrays.asList(
                new ChangeSessionIdAuthenticationStrategy(), concurrent, new RegisterSessionAuthenticationStrategy(sessionRegistry())));
        // ok: spring-security-login-filter-without-session-fixation
        loginFilter.setSessionAuthenticationStrategy(strategy);
        return loginFilter;
    }

    @Bean
    LoginFilter changeIdFilter() {
        LoginFilter loginFilter = new LoginFilter();
        // ok: spring-security-login-filter-without-session-fixation
        loginFilter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        return loginFilter;
    }

    @Bean
    SessionRegistryImpl sessionRegistry() {
        return new SessionRegistryImpl();
    }
}
