package com.example.intranet.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Form login for the intranet wiki (plain Jakarta Servlet 6, no framework).
 */
@WebServlet(urlPatterns = {"/login", "/sso/callback", "/preferences"})
public class LoginServlet extends HttpServlet {

    private final UserDirectory directory = UserDirectory.getInstance();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        switch (req.getServletPath()) {
            case "/login" -> formLogin(req, resp);
            case "/sso/callback" -> ssoCallback(req, resp);
            default -> savePreferences(req, resp);
        }
    }

    private void formLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        WikiUser user = directory.authenticate(username, password);
        if (user == null) {
            resp.sendRedirect(req.getContextPath() + "/login?error");
            return;
        }
        HttpSession session = req.getSession();
        // expect: session-fixation
        session.setAttribute("currentUser", user);
        // expect: session-no-expiry
        session.setMaxInactiveInterval(-1);

        // expect: session-cookie-insecure
        Cookie auth = new Cookie("WIKI_AUTH", directory.issueRememberToken(user));
        auth.setPath("/");
        auth.setMaxAge(60 * 60 * 8);
        resp.addCookie(auth);
        resp.sendRedirect(req.getContextPath() + "/home");
    }

    private void ssoCallback(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WikiUser user = directory.fromAssertion(req.getParameter("SAMLResponse"));
        if (user == null) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = req.getSession(true);
        // safe: session-fixation
        session.setAttribute("currentUser", user);
        // safe: session-no-expiry
        session.setMaxInactiveInterval(20 * 60);

        Cookie auth = new Cookie("__Host-WIKI_AUTH", directory.issueRememberToken(user));
        auth.setPath("/");
        // safe: session-cookie-insecure
        auth.setSecure(true);
        auth.setHttpOnly(true);
        auth.setAttribute("SameSite", "Lax");
        resp.addCookie(auth);
        resp.sendRedirect(req.getContextPath() + "/home");
    }

    private void savePreferences(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // safe: session-cookie-insecure
        Cookie theme = new Cookie("wiki_theme", req.getParameter("theme"));
        theme.setPath("/");
        theme.setMaxAge(60 * 60 * 24 * 365);
        resp.addCookie(theme);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    public interface WikiUser {
        String getUsername();
    }

    public interface UserDirectory {
        static UserDirectory getInstance() {
            return java.util.ServiceLoader.load(UserDirectory.class).findFirst().orElseThrow();
        }

        WikiUser authenticate(String username, String password);

        WikiUser fromAssertion(String samlResponse);

        String issueRememberToken(WikiUser user);
    }
}
