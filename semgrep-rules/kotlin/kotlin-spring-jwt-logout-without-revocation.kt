import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletResponse
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
