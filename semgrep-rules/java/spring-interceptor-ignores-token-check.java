package com.example.util;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

public class AuthenticationInterceptor implements HandlerInterceptor {
    // ruleid: spring-interceptor-ignores-token-check
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String token = request.getHeader("Token");
        if (token != "" && token != null) {
            boolean result = JwtUtil.verifyToken(token);
        }
        return true;
    }
}

class CheckedInterceptor implements HandlerInterceptor {
    // ok: spring-interceptor-ignores-token-check
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = request.getHeader("Authorization");
        boolean valid = JwtUtil.verifyToken(token);
        if (!valid) {
            response.setStatus(401);
            return false;
        }
        return true;
    }
}

class UsedResultInterceptor implements HandlerInterceptor {
    // ok: spring-interceptor-ignores-token-check
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean ok = tokenService.checkToken(request.getHeader("Authorization"));
        request.setAttribute("authenticated", ok);
        return true;
    }
}

class ThrowingInterceptor implements HandlerInterceptor {
    // ok: spring-interceptor-ignores-token-check
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        JwtUtil.verify(request.getHeader("Authorization"));
        return true;
    }
}
