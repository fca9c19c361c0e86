import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

// An API-key filter keeps the security context for the current request only:
// no HTTP session is created or written, so there is no session id to fix.
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    private final SecurityContextRepository securityContextRepository = new RequestAttributeSecurityContextRepository();

    private void successfulAuthentication(HttpServletRequest request, HttpServletResponse response, Authentication authResult) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authResult);
        // ok: servlet-session-fixation
        securityContextRepository.saveContext(context, request, response);
    }

    public String login(HttpServletRequest request, User user) {
        HttpSession session = request.getSession();
        // ruleid: servlet-session-fixation
        session.setAttribute("user", user);
        return "ok";
    }
}
