package com.example.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;

public class LoginServlet extends HttpServlet {
    private UserRepository users;
    private PasswordEncoder encoder;

    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        User user = users.findByName(req.getParameter("username"));
        if (user != null && encoder.matches(req.getParameter("password"), user.getPasswordHash())) {
            HttpSession session = req.getSession();
            // ruleid: servlet-session-fixation
            session.setAttribute("user", user);
            resp.sendRedirect("/home");
        }
    }
}

class AccountController {
    private AuthService auth;

    @PostMapping("/api/login")
    public String login(HttpServletRequest request, String username, String password) {
        Account account = auth.check(username, password);
        if (account == null) {
            return "login";
        }
        // ruleid: servlet-session-fixation
        request.getSession(true).setAttribute("accountId", account.getId());
        return "redirect:/";
    }

    @PostMapping("/session/login")
    public String loginWithSession(HttpSession session, String username, String password) {
        Account account = auth.check(username, password);
        // ruleid: servlet-session-fixation
        session.setAttribute("loggedInUser", account);
        return "redirect:/";
    }

    @PostMapping("/login2")
    public String rotated(HttpServletRequest request, String username, String password) {
        Account account = auth.check(username, password);
        if (account != null) {
            request.changeSessionId();
            // ok: servlet-session-fixation
            request.getSession().setAttribute("user", account);
        }
        return "redirect:/";
    }

    @PostMapping("/login3")
    public String fresh(HttpServletRequest request, String username, String password) {
        Account account = auth.check(username, password);
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        // ok: servlet-session-fixation
        session.setAttribute("user", account);
        return "redirect:/";
    }

    @PostMapping("/cart/add")
    public String cart(HttpServletRequest request, String item) {
        // ok: servlet-session-fixation
        request.getSession().setAttribute("cart", item);
        return "cart";
    }
}

class MemberLoginAction extends ActionSupport {
    public String execute() {
        Member member;
        if ((member = memberService.authenticate(getUsername(), getPassword())) != null) {
            // ruleid: servlet-session-fixation
            sessionSetMember(member);
            return SUCCESS;
        }
        return INPUT;
    }
}

class BankLoginServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        String name = request.getParameter("uid");
        if (!AccountStore.checkPassword(name, request.getParameter("pw"))) {
            response.sendRedirect("login.jsp");
            return;
        }
        // ruleid: servlet-session-fixation
        Cookie marker = SessionSupport.establishSession(name, session);
        response.addCookie(marker);
    }
}

class SafeBankLoginServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("uid");
        if (!AccountStore.checkPassword(name, request.getParameter("pw"))) {
            response.sendRedirect("login.jsp");
            return;
        }
        request.getSession().invalidate();
        HttpSession session = request.getSession(true);
        // ok: servlet-session-fixation
        SessionSupport.establishSession(name, session);
    }
}

class PortalLoginServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Accounts.valid(request.getParameter("u"), request.getParameter("p"))) {
            HttpSession session = request.getSession();
            // ruleid: servlet-session-fixation
            session.setAttribute("loggedIn", true);
            // ok: servlet-session-fixation
            session.setAttribute("username", request.getParameter("u"));
        }
    }
}

class ShiroLoginController {

    @PostMapping("/login")
    public String login(String username, String password) {
        Subject subject = SecurityUtils.getSubject();
        // ruleid: servlet-session-fixation
        subject.login(new UsernamePasswordToken(username, password));
        subject.getSession().setAttribute("user", username);
        return "redirect:/index";
    }

    @PostMapping("/sso/login")
    public String loginWithFreshSession(String username, String password) {
        Subject subject = SecurityUtils.getSubject();
        subject.getSession().stop();
        // ok: servlet-session-fixation
        subject.login(new UsernamePasswordToken(username, password));
        return "redirect:/index";
    }

    // a stateless filter authenticates a bearer token per request: no login handler
    public boolean executeLogin(ServletRequest request, String bearer) {
        // ok: servlet-session-fixation
        getSubject(request).login(new JwtBearerToken(bearer));
        return true;
    }
}

class ApiLoginController {
    private AuthenticationManager authenticationManager;
    private SecurityContextRepository securityContextRepository;

    @PostMapping("/api/login")
    public void login(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        // ruleid: servlet-session-fixation
        securityContextRepository.saveContext(context, request, response);
    }

    @PostMapping("/api/login2")
    public void loginRotated(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        request.changeSessionId();
        // ok: servlet-session-fixation
        securityContextRepository.saveContext(context, request, response);
    }
}

class RedisSessionLoginController {
    private RedisHelper redis;
    private UserRepository users;

    @PostMapping("/loginWithEmail")
    public String loginWithEmail(String account, String password, HttpSession session) {
        User user = users.findByEmail(account);
        checkPassword(user, password);
        // ruleid: servlet-session-fixation
        redis.setRedis(session.getId(), "200");
        redis.setTime(session.getId(), 3600);
        return "ok";
    }

    @PostMapping("/login/rotated")
    public String loginRotated(String account, String password, HttpServletRequest request) {
        User user = users.findByEmail(account);
        checkPassword(user, password);
        request.changeSessionId();
        // ok: servlet-session-fixation
        redis.setRedis(request.getSession().getId(), "200");
        return "ok";
    }

    public int countVisit(HttpSession session) {
        // ok: servlet-session-fixation
        redis.setRedis(session.getId() + ":visits", "1");
        return 1;
    }

    void checkPassword(User user, String password) {}
}

// A success handler runs after Spring Security's session strategy changed the session id.
class SsoSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        UsernamePasswordAuthenticationToken newAuth = new UsernamePasswordAuthenticationToken(authentication.getName(), null, authentication.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(newAuth);
        // ok: servlet-session-fixation
        securityContextRepository.saveContext(context, request, response);
    }
}

// A filter that authenticates every request from a token and fills a request-scoped
// principal: ids of entities collected into a set are no session key.
class TokenSecurityFilter {
    private void injectAuthenticatedUser(HttpServletRequest request, User user) {
        Set<String> groupIdSet = new HashSet<>();
        for (GroupDto groupDto : groupDao.findByUser(user.getId())) {
            // ok: servlet-session-fixation
            groupIdSet.add(groupDto.getId());
        }
        request.setAttribute("principal", new UserPrincipal(user.getId(), groupIdSet));
    }
}
