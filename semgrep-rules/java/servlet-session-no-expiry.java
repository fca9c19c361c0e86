package com.example.web;

import java.util.concurrent.TimeUnit;
import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class SessionSetup {
    public void never(HttpServletRequest request) {
        HttpSession session = request.getSession();
        // ruleid: servlet-session-no-expiry
        session.setMaxInactiveInterval(-1);
    }

    public void month(HttpServletRequest request) {
        // ruleid: servlet-session-no-expiry
        request.getSession().setMaxInactiveInterval(60 * 60 * 24 * 30);
    }

    public void unit(HttpSession session) {
        // ruleid: servlet-session-no-expiry
        session.setMaxInactiveInterval((int) TimeUnit.DAYS.toSeconds(7));
    }

    public void context(ServletContext ctx) {
        // ruleid: servlet-session-no-expiry
        ctx.setSessionTimeout(0);
    }

    public void ok(HttpSession session) {
        // ok: servlet-session-no-expiry
        session.setMaxInactiveInterval(30 * 60);
    }

    public void ok2(ServletContext ctx) {
        // ok: servlet-session-no-expiry
        ctx.setSessionTimeout(30);
    }
}
