import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletResponse
import org.springframework.http.ResponseCookie

class CookieProvider {
    fun refresh(token: String): ResponseCookie =
        // ruleid: kotlin-spring-cookie-insecure
        ResponseCookie.from("refreshToken", token).httpOnly(true).secure(false).path("/").build()

    fun good(token: String): ResponseCookie =
        // ok: kotlin-spring-cookie-insecure
        ResponseCookie.from("refreshToken", token).httpOnly(true).secure(true).sameSite("Lax").build()

    fun servlet(token: String, response: HttpServletResponse) {
        // ruleid: kotlin-spring-cookie-insecure
        val cookie = Cookie("access_token", token)
        cookie.path = "/"
        response.addCookie(cookie)
    }

    fun servletSafe(token: String, response: HttpServletResponse) {
        // ok: kotlin-spring-cookie-insecure
        val cookie = Cookie("access_token", token)
        cookie.isHttpOnly = true
        cookie.secure = true
        response.addCookie(cookie)
    }

    fun rememberPassword(password: String, response: HttpServletResponse) {
        // ruleid: kotlin-spring-cookie-insecure
        val pwdCookie = Cookie("password", password)
        pwdCookie.maxAge = 60 * 60 * 24 * 3
        response.addCookie(pwdCookie)
    }

    fun passportHint(strategy: String, response: HttpServletResponse) {
        // ok: kotlin-spring-cookie-insecure
        val hint = Cookie("passport_strategy", strategy)
        response.addCookie(hint)
    }

    fun flagsOff(token: String, response: HttpServletResponse) {
        val cookie = Cookie("session_id", token)
        // ruleid: kotlin-spring-cookie-insecure
        cookie.secure = false
        response.addCookie(cookie)
    }
}

class ScopeCookieController {
    fun issue(response: HttpServletResponse, jwt: String) {
        val access = Cookie("access_token", jwt).apply {
            // ruleid: kotlin-spring-cookie-insecure
            isHttpOnly = false
            path = "/"
        }
        response.addCookie(access)
        val refresh = Cookie("refresh_token", jwt).also {
            it.isHttpOnly = true
            // ruleid: kotlin-spring-cookie-insecure
            it.secure = false
        }
        response.addCookie(refresh)
        val theme = Cookie("theme", "dark").apply {
            // ok: kotlin-spring-cookie-insecure
            isHttpOnly = false
        }
        response.addCookie(theme)
        val session = Cookie("SESSION", jwt).apply {
            // ok: kotlin-spring-cookie-insecure
            isHttpOnly = true
            secure = true
        }
        response.addCookie(session)
    }
}

class ScopeFunctionCookies {
    fun login(response: HttpServletResponse, token: String) {
        // ruleid: kotlin-spring-cookie-insecure
        val cookie = Cookie("jwt", token).apply {
            path = "/"
            maxAge = 7 * 24 * 3600
        }
        response.addCookie(cookie)
    }

    fun refresh(response: HttpServletResponse, refreshToken: String) {
        // ruleid: kotlin-spring-cookie-insecure
        response.addCookie(Cookie("refresh_token", refreshToken).apply { path = "/auth" })
    }

    fun loginSafe(response: HttpServletResponse, token: String) {
        // ok: kotlin-spring-cookie-insecure
        val cookie = Cookie("jwt", token).apply {
            isHttpOnly = true
            secure = true
            path = "/"
        }
        response.addCookie(cookie)
    }

    fun logout(response: HttpServletResponse) {
        // ok: kotlin-spring-cookie-insecure
        response.addCookie(Cookie("access_token", null).apply { maxAge = 0; path = "/" })
        // ok: kotlin-spring-cookie-insecure
        val gone = Cookie("jwt", "").apply {
            maxAge = 0
        }
        response.addCookie(gone)
    }

    fun theme(response: HttpServletResponse, theme: String) {
        // ok: kotlin-spring-cookie-insecure
        response.addCookie(Cookie("theme", theme).apply { path = "/" })
    }
}
