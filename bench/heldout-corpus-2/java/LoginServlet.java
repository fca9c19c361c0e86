package com.acme.intranet.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mindrot.jbcrypt.BCrypt;

import java.io.IOException;

@WebServlet(urlPatterns = "/login")
public class LoginServlet extends HttpServlet {

    private UserDao userDao;
    private RememberMeService rememberMeService;

    @Override
    public void init() {
        userDao = (UserDao) getServletContext().getAttribute("userDao");
        rememberMeService = (RememberMeService) getServletContext().getAttribute("rememberMeService");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        User user = userDao.findByUsername(username);

        if (user == null || !BCrypt.checkpw(password, user.getPasswordHash())) {
            req.setAttribute("error", "Invalid username or password");
            req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
            return;
        }

        HttpSession session = req.getSession();
        // expect: session-fixation
        session.setAttribute("currentUser", user);
        if (user.isKioskAccount()) {
            // expect: session-no-expiry
            session.setMaxInactiveInterval(-1);
        }

        if ("on".equals(req.getParameter("remember"))) {
            String token = rememberMeService.createToken(user);
            // expect: session-cookie-insecure
            resp.addCookie(new Cookie("remember_token", token));
        }

        String locale = req.getParameter("locale");
        if (locale != null) {
            // safe: session-cookie-insecure
            resp.addCookie(new Cookie("ui_locale", locale));
        }
        resp.sendRedirect(req.getContextPath() + "/home");
    }
}
