package com.example.web;

import javax.servlet.ServletContext;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class CookieHelper {
    private static final String TOKEN_COOKIE = "access_token";

    public void plain(HttpServletResponse response, String jwt) {
        // ruleid: servlet-cookie-insecure
        Cookie cookie = new Cookie("token", jwt);
        cookie.setPath("/");
        cookie.setMaxAge(900);
        response.addCookie(cookie);
    }

    public void onlyHttpOnly(HttpServletResponse response, String jwt) {
        // ruleid: servlet-cookie-insecure
        Cookie cookie = new Cookie(TOKEN_COOKIE, jwt);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void explicitOff(HttpServletResponse response, String sid) {
        Cookie cookie = new Cookie("SESSIONID", sid);
        cookie.setHttpOnly(true);
        // ruleid: servlet-cookie-insecure
        cookie.setSecure(false);
        response.addCookie(cookie);
    }

    public void header(HttpServletResponse response, String jwt) {
        // ruleid: servlet-cookie-insecure
        response.addHeader("Set-Cookie", "jwt=" + jwt + "; Path=/; SameSite=Lax");
    }

    public void container(ServletContext ctx) {
        // ruleid: servlet-cookie-insecure
        ctx.getSessionCookieConfig().setHttpOnly(false);
    }

    public void hardened(HttpServletResponse response, String jwt) {
        // ok: servlet-cookie-insecure
        Cookie cookie = new Cookie("token", jwt);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    public void clear(HttpServletResponse response) {
        // ok: servlet-cookie-insecure
        Cookie cookie = new Cookie("token", null);
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    public void theme(HttpServletResponse response) {
        // ok: servlet-cookie-insecure
        Cookie cookie = new Cookie("theme", "dark");
        response.addCookie(cookie);
    }

    public void headerOk(HttpServletResponse response, String jwt) {
        // ok: servlet-cookie-insecure
        response.addHeader("Set-Cookie", "jwt=" + jwt + "; Path=/; Secure; HttpOnly; SameSite=Strict");
    }
}
