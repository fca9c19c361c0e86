package com.acme.intranet;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import org.springframework.web.WebApplicationInitializer;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.servlet.DispatcherServlet;

import java.util.EnumSet;

public class AppInitializer implements WebApplicationInitializer {

    private static final int SESSION_TIMEOUT_MINUTES = 60 * 24 * 14;

    @Override
    public void onStartup(ServletContext servletContext) {
        AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
        context.register(IntranetConfig.class);

        ServletRegistration.Dynamic dispatcher =
                servletContext.addServlet("dispatcher", new DispatcherServlet(context));
        dispatcher.setLoadOnStartup(1);
        dispatcher.addMapping("/");

        FilterRegistration.Dynamic encoding =
                servletContext.addFilter("encoding", new CharacterEncodingFilter("UTF-8", true));
        encoding.addMappingForUrlPatterns(null, false, "/*");

        // expect: session-no-expiry
        servletContext.setSessionTimeout(SESSION_TIMEOUT_MINUTES);
        servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));

        SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
        cookie.setName("INTRANETSESSION");
        cookie.setPath("/");
        // expect: session-cookie-insecure
        cookie.setHttpOnly(false);
        cookie.setSecure(true);
    }
}
