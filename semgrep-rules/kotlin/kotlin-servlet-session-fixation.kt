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

@RestController
class RedisSessionLogin(private val users: UserRepository, private val redis: RedisHelper) {
    @PostMapping("/loginWithEmail")
    fun loginWithEmail(@RequestBody params: Map<String, Any>, session: HttpSession): Result<Any> {
        val user = users.findByEmail(params["account"].toString())
        Check.checkAccount(session, user, params["password"].toString())
        asyncService.asyncTask {
            // ruleid: kotlin-servlet-session-fixation
            redis.setRedis(session.id, "200")
            redis.setTime(session.id, 3600, TimeUnit.SECONDS)
        }
        return Result(success = true)
    }

    @PostMapping("/login/rotated")
    fun loginRotated(@RequestBody params: Map<String, Any>, request: HttpServletRequest, session: HttpSession): Result<Any> {
        val user = users.findByEmail(params["account"].toString())
        Check.checkAccount(session, user, params["password"].toString())
        request.changeSessionId()
        // ok: kotlin-servlet-session-fixation
        redis.setRedis(request.session.id, "200")
        return Result(success = true)
    }

    @GetMapping("/visits")
    fun countVisit(session: HttpSession): Int {
        // ok: kotlin-servlet-session-fixation
        redis.setRedis(session.id + ":visits", "1")
        return 1
    }
}

class FormLoginFilter(
    private val authenticationManager: AuthenticationManager,
) : OncePerRequestFilter() {
    private val securityContextRepository: SecurityContextRepository = HttpSessionSecurityContextRepository()

    private fun successfulAuthentication(request: HttpServletRequest, response: HttpServletResponse, authentication: Authentication) {
        val context = SecurityContextHolder.createEmptyContext()
        context.authentication = authentication
        // ruleid: kotlin-servlet-session-fixation
        securityContextRepository.saveContext(context, request, response)
    }
}

// A success handler runs after Spring Security's session strategy changed the session id.
class SsoSuccessHandler(private val users: UserService) : SimpleUrlAuthenticationSuccessHandler() {
    private val securityContextRepository = HttpSessionSecurityContextRepository()

    override fun onAuthenticationSuccess(request: HttpServletRequest, response: HttpServletResponse, authentication: Authentication) {
        val user = users.load(authentication.name)
        val newAuth = UsernamePasswordAuthenticationToken(user, null, user.authorities)
        val context = SecurityContextHolder.createEmptyContext()
        context.authentication = newAuth
        // ok: kotlin-servlet-session-fixation
        securityContextRepository.saveContext(context, request, response)
        request.session.setAttribute("user", user.id)
    }
}

// The old session is invalidated before a new one is created, even when the
// invalidation sits inside an `if` or a scope function (`?.let { }`, `?.also { }`).
object LoginSupport {
    @JvmStatic
    fun internalLogin(request: HttpServletRequest, userContext: UserContext?) {
        request.getSession(false)?.let { session ->
            if (!session.isNew) {
                session.invalidate()
            }
        }
        val session = request.getSession(true)
        // ok: kotlin-servlet-session-fixation
        session.setAttribute("user", userContext)
    }

    fun loginUser(request: HttpServletRequest, user: User) {
        val old = request.getSession(false)
        if (old != null) {
            old.invalidate()
        }
        // ok: kotlin-servlet-session-fixation
        request.getSession(true).setAttribute("userId", user.id)
    }

    fun signInMember(request: HttpServletRequest, member: Member) {
        request.getSession(false)?.also { it.invalidate() }
        // ok: kotlin-servlet-session-fixation
        request.session.setAttribute("member", member)
    }

    fun authenticateAccount(request: HttpServletRequest, account: Account) {
        request.getSession(false)?.let { if (it.isNew) log.debug("new session") }
        // ruleid: kotlin-servlet-session-fixation
        request.session.setAttribute("account", account)
    }
}
