package com.acme.reports.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/**
 * The API gateway forwards the caller's access token; we pick the tenant and
 * admin flag out of it so the report queries can be scoped.
 */
public class GatewayIdentityFilter implements Filter {

    private static final TypeReference<Map<String, Object>> CLAIMS = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String jwt = http.getHeader("X-Forwarded-Access-Token");
        if (jwt == null) {
            ((HttpServletResponse) res).sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }

        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            ((HttpServletResponse) res).sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        // expect: jwt-signature-not-verified
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        Map<String, Object> claims = mapper.readValue(payload, CLAIMS);

        http.setAttribute("tenantId", claims.get("tenant"));
        http.setAttribute("reportAdmin", Boolean.TRUE.equals(claims.get("is_admin")));
        chain.doFilter(req, res);
    }
}
