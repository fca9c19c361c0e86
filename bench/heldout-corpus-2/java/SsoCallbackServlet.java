package com.acme.intranet.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

@WebServlet(urlPatterns = {"/sso/callback", "/sso/logout"})
public class SsoCallbackServlet extends HttpServlet {

    private static final int IDLE_TIMEOUT_SECONDS = 30 * 60;

    private SamlAssertionValidator assertionValidator;
    private UserDao userDao;

    @Override
    public void init() {
        assertionValidator = (SamlAssertionValidator) getServletContext().getAttribute("samlValidator");
        userDao = (UserDao) getServletContext().getAttribute("userDao");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().equals("/sso/logout")) {
            HttpSession current = req.getSession(false);
            if (current != null) {
                current.invalidate();
            }
            resp.sendRedirect(req.getContextPath() + "/login");
            return;
        }

        SamlIdentity identity = assertionValidator.validate(req.getParameter("SAMLResponse"));
        User user = userDao.findOrCreate(identity.nameId(), identity.displayName());

        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = req.getSession(true);
        // safe: session-fixation
        session.setAttribute("currentUser", user);
        // safe: session-no-expiry
        session.setMaxInactiveInterval(IDLE_TIMEOUT_SECONDS);

        Cookie marker = new Cookie("sso_hint", identity.idpAlias());
        marker.setHttpOnly(true);
        marker.setSecure(true);
        marker.setPath("/");
        // safe: session-cookie-insecure
        resp.addCookie(marker);
        resp.sendRedirect(req.getContextPath() + "/home");
    }
}
