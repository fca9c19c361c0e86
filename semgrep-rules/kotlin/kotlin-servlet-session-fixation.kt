import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpSession
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.web.context.HttpSessionSecurityContextRepository

class AuthController(private val authManager: AuthenticationManager, private val repo: SecurityContextRepository) {
    fun login(body: LoginRequest, request: HttpServletRequest): String {
        val auth = authManager.authenticate(UsernamePasswordAuthenticationToken(body.email, body.password))
        val context = SecurityContextHolder.createEmptyContext()
        context.authentication = auth
        // ruleid: kotlin-servlet-session-fixation
        request.session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context)
        return "ok"
    }

    fun signIn(body: LoginRequest, request: HttpServletRequest, response: HttpServletResponse) {
        val context = SecurityContextHolder.createEmptyContext()
        context.authentication = authManager.authenticate(body.toToken())
        // ruleid: kotlin-servlet-session-fixation
        repo.saveContext(context, request, response)
    }

    fun loginSafe(body: LoginRequest, request: HttpServletRequest): String {
        val auth = authManager.authenticate(body.toToken())
        request.changeSessionId()
        // ok: kotlin-servlet-session-fixation
        request.session.setAttribute("loginUser", auth.name)
        return "ok"
    }

    fun updateTheme(request: HttpServletRequest, theme: String) {
        // ok: kotlin-servlet-session-fixation
        request.session.setAttribute("user", theme)
    }

    fun doLogin(session: HttpSession, form: LoginForm) {
        val user = users.find(form.name)
        if (encoder.matches(form.password, user.hash)) {
            // ruleid: kotlin-servlet-session-fixation
            session.setAttribute("userId", user.id)
        }
    }
}

class RegistrationService(private val provider: AuthenticationProvider, private val session: HttpSession) {
    fun register(req: RegisterRequest) {
        val authentication: Authentication = provider.authenticate(UsernamePasswordAuthenticationToken(req.email, req.password))
        SecurityContextHolder.getContext().authentication = authentication
        // ruleid: kotlin-servlet-session-fixation
        session.setAttribute("SPRING_SECURITY_CONTEXT", SecurityContextHolder.getContext())
    }
}
