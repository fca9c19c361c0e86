package com.example.intranet.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.mindrot.jbcrypt.BCrypt;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    private final EmployeeDao employeeDao = new EmployeeDao();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        Employee employee = employeeDao.findByUsername(username);

        if (employee == null || !BCrypt.checkpw(password, employee.getPasswordHash())) {
            request.setAttribute("error", "Invalid credentials");
            request.getRequestDispatcher("/WEB-INF/login.jsp").forward(request, response);
            return;
        }

        HttpSession session = request.getSession();
        // expect: session-fixation
        session.setAttribute("employee", employee);
        // expect: session-no-expiry
        session.setMaxInactiveInterval(-1);

        // expect: session-cookie-insecure
        Cookie remember = new Cookie("INTRANET_REMEMBER", employeeDao.issueRememberToken(employee));
        remember.setMaxAge(60 * 60 * 24 * 14);
        remember.setPath("/");
        response.addCookie(remember);

        response.sendRedirect(request.getContextPath() + "/dashboard");
    }
}

@WebServlet("/sso/callback")
class SsoCallbackServlet extends HttpServlet {

    private final SsoClient sso = new SsoClient();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SsoIdentity identity = sso.exchange(request.getParameter("code"));
        if (identity == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        // safe: session-fixation
        session.setAttribute("employee", identity.toEmployee());
        // safe: session-no-expiry
        session.setMaxInactiveInterval(20 * 60);

        // safe: session-cookie-insecure
        Cookie sid = new Cookie("SSO_SESSION", identity.getSessionHandle());
        sid.setHttpOnly(true);
        sid.setSecure(true);
        sid.setPath("/");
        response.addCookie(sid);
        response.sendRedirect("/dashboard");
    }
}

@WebServlet("/kiosk/login")
class KioskLoginServlet extends HttpServlet {

    private final EmployeeDao employeeDao = new EmployeeDao();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Employee employee = employeeDao.authenticate(request.getParameter("badge"), request.getParameter("pin"));
        if (employee != null) {
            request.changeSessionId();
            // safe: session-fixation
            request.getSession().setAttribute("employee", employee);
            // expect: session-no-expiry
            request.getSession().setMaxInactiveInterval(60 * 60 * 24 * 7);
            response.sendRedirect("/kiosk");
        } else {
            response.sendRedirect("/kiosk/login?error");
        }
    }
}

@WebServlet("/preferences")
class PreferencesServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // safe: session-cookie-insecure
        Cookie theme = new Cookie("theme", request.getParameter("theme"));
        theme.setMaxAge(60 * 60 * 24 * 365);
        response.addCookie(theme);
        response.sendRedirect("/");
    }
}
