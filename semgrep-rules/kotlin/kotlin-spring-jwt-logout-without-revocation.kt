import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletResponse
import org.springframework.http.HttpHeaders
import org.springframework.http.ResponseCookie
import org.springframework.http.ResponseEntity
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler
import org.springframework.web.bind.annotation.*

@RestController
class AuthController(private val tokens: RefreshTokenRepository) {
    @PostMapping("/logout")
    fun logout(@RequestHeader("Authorization") authorization: String, response: HttpServletResponse): String {
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        SecurityContextHolder.clearContext()
        return "bye"
    }

    @PostMapping("/v2/logout")
    fun logoutV2(@RequestHeader("Authorization") token: String): String {
        tokens.deleteByToken(token)
        // ok: kotlin-spring-jwt-logout-without-revocation
        SecurityContextHolder.clearContext()
        return "bye"
    }

    fun clear(response: HttpServletResponse) {
        // ok: kotlin-spring-jwt-logout-without-revocation
        SecurityContextHolder.clearContext()
    }
}

class StatelessLogoutSuccess : LogoutSuccessHandler {
    override fun onLogoutSuccess(request: HttpServletRequest?, response: HttpServletResponse?, authentication: Authentication?) {
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        SecurityContextHolder.clearContext()
    }
}

class RevokingLogoutSuccess(private val denyList: TokenDenyList) : LogoutSuccessHandler {
    override fun onLogoutSuccess(request: HttpServletRequest?, response: HttpServletResponse?, authentication: Authentication?) {
        denyList.add(request?.getHeader("Authorization"))
        // ok: kotlin-spring-jwt-logout-without-revocation
        SecurityContextHolder.clearContext()
    }
}

class AccountService(private val users: UserRepository, private val encoder: PasswordEncoder) {

    fun issue(user: User): String = JWT.create().withSubject(user.id).sign(algorithm)

    suspend fun changePassword(userId: String, req: ChangePassword): Boolean = query {
        val user = UserDAO.findById(userId) ?: throw NotFoundException()
        if (!BCrypt.verifyer().verify(req.oldPassword.toCharArray(), user.password).verified) return@query false
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        user.password = BCrypt.withDefaults().hashToString(12, req.newPassword.toCharArray())
        true
    }

    fun updateProfile(current: User, req: UpdateUser): User {
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        val updated = current.copy(email = req.email ?: current.email, password = JBCrypt.hashpw(req.password, JBCrypt.gensalt()))
        return users.save(updated)
    }

    fun changeUserPassword(current: User, req: ChangePassword): User {
        val updated = current.copy(
            updatedAt = LocalDateTime.now(),
            // ruleid: kotlin-spring-jwt-logout-without-revocation
            password = passwordEncoder.encode(req.newPassword),
        )
        return users.save(updated)
    }

    fun resetPassword(user: User, newPassword: String) {
        // ok: kotlin-spring-jwt-logout-without-revocation
        user.password = encoder.encode(newPassword)
        user.tokenVersion += 1
        users.save(user)
    }

    fun resetAndRevoke(user: User, newPassword: String) {
        // ok: kotlin-spring-jwt-logout-without-revocation
        user.password = encoder.encode(newPassword)
        refreshTokens.deleteAllFor(user.id)
    }

    fun register(req: Register): User {
        val user = User(email = req.email)
        // ok: kotlin-spring-jwt-logout-without-revocation
        user.password = encoder.encode(req.password)
        return users.save(user)
    }

    fun rename(user: User, name: String) {
        // ok: kotlin-spring-jwt-logout-without-revocation
        user.password = user.password
        user.name = name
    }
}

@RestController
class CookieLogoutController(private val refreshTokens: RefreshTokenRepository) {
    @PostMapping("/api/session/logout")
    fun logout(response: HttpServletResponse): ResponseEntity<Unit> {
        val cookie = Cookie("access_token", null)
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        cookie.maxAge = 0
        cookie.path = "/"
        response.addCookie(cookie)
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/api/session/sign-out")
    fun signOut(): ResponseEntity<String> {
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        val expired = ResponseCookie.from("refresh_token", "").maxAge(0).path("/").build()
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, expired.toString()).body("bye")
    }

    @PostMapping("/api/session/logout-all")
    fun logoutEverywhere(@CookieValue("refresh_token") refresh: String, response: HttpServletResponse): ResponseEntity<Unit> {
        refreshTokens.deleteByToken(refresh)
        val cookie = Cookie("refresh_token", null)
        // ok: kotlin-spring-jwt-logout-without-revocation
        cookie.maxAge = 0
        response.addCookie(cookie)
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/api/preferences/reset")
    fun resetTheme(response: HttpServletResponse) {
        val cookie = Cookie("theme", null)
        // ok: kotlin-spring-jwt-logout-without-revocation
        cookie.maxAge = 0
        response.addCookie(cookie)
    }
}

class JwtTodoLogoutHandler : org.springframework.security.web.authentication.logout.LogoutHandler {
    // ruleid: kotlin-spring-jwt-logout-without-revocation
    override fun logout(request: HttpServletRequest, response: HttpServletResponse, authentication: Authentication?) {
        // TODO: blacklist the bearer token
    }
}

class BearerLoggingLogoutHandler(private val audit: AuditLog) : LogoutHandler {
    // ruleid: kotlin-spring-jwt-logout-without-revocation
    override fun logout(request: HttpServletRequest, response: HttpServletResponse, authentication: Authentication?) {
        audit.record("logout", authentication?.name)
    }
}

class JwtDenyListLogoutHandler(private val denyList: TokenDenyList) : LogoutHandler {
    // ok: kotlin-spring-jwt-logout-without-revocation
    override fun logout(request: HttpServletRequest, response: HttpServletResponse, authentication: Authentication?) {
        val header = request.getHeader("Authorization") ?: return
        denyList.revoke(header.removePrefix("Bearer "))
    }
}

@RestController
class InlineCookieLogout(private val revokedTokens: RevokedTokens) {
    @PostMapping("/logout")
    fun logout(response: HttpServletResponse): ResponseEntity<Void> {
        // ruleid: kotlin-spring-jwt-logout-without-revocation
        response.addCookie(Cookie("access_token", "").apply { maxAge = 0 })
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/theme/reset")
    fun resetThemeLogout(response: HttpServletResponse): ResponseEntity<Void> {
        // ok: kotlin-spring-jwt-logout-without-revocation
        response.addCookie(Cookie("ui_theme", "").apply { maxAge = 0 })
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/api/logout")
    fun apiLogout(@CookieValue("access_token") token: String, response: HttpServletResponse): ResponseEntity<Void> {
        revokedTokens.revoke(token)
        // ok: kotlin-spring-jwt-logout-without-revocation
        response.addCookie(Cookie("access_token", "").apply { maxAge = 0 })
        return ResponseEntity.noContent().build()
    }
}

