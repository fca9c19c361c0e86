package org.example.portal.config

import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.ResponseCookie
import org.springframework.security.authentication.AuthenticationManager
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.web.SecurityFilterChain
import org.springframework.security.web.context.HttpSessionSecurityContextRepository
import org.springframework.web.bind.annotation.*

@Configuration
class PortalSecurity {
    @Bean
    fun portalChain(http: HttpSecurity): SecurityFilterChain {
        http {
            authorizeHttpRequests { authorize("/**", authenticated) }
            formLogin { }
            sessionManagement {
                // expect: session-fixation
                sessionFixation { none() }
            }
            rememberMe {
                // expect: session-weak-secret
                key = "portal-remember-me"
            }
        }
        return http.build()
    }

    @Bean
    fun adminChain(http: HttpSecurity, env: org.springframework.core.env.Environment): SecurityFilterChain {
        http {
            sessionManagement {
                // safe: session-fixation
                sessionFixation { migrateSession() }
            }
            rememberMe {
                // safe: session-weak-secret
                key = env.getRequiredProperty("ADMIN_REMEMBER_KEY")
            }
        }
        return http.build()
    }
}

@RestController
class PortalLoginController(private val authenticationManager: AuthenticationManager) {
    @PostMapping("/api/login")
    fun apiLogin(@RequestBody form: LoginForm, request: HttpServletRequest): Map<String, String> {
        val authentication = authenticationManager.authenticate(
            UsernamePasswordAuthenticationToken(form.username, form.password))
        val context = SecurityContextHolder.createEmptyContext()
        context.authentication = authentication
        SecurityContextHolder.setContext(context)
        // expect: session-fixation
        request.session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context)
        return mapOf("status" to "ok")
    }

    @PostMapping("/api/login2")
    fun apiLoginRotating(@RequestBody form: LoginForm, request: HttpServletRequest): Map<String, String> {
        val authentication = authenticationManager.authenticate(
            UsernamePasswordAuthenticationToken(form.username, form.password))
        request.changeSessionId()
        // safe: session-fixation
        request.session.setAttribute("portalUser", authentication.name)
        return mapOf("status" to "ok")
    }

    @PostMapping("/api/preferences")
    fun savePreferences(@RequestBody prefs: Prefs, request: HttpServletRequest) {
        // safe: session-fixation
        request.session.setAttribute("portalTheme", prefs.theme)
    }
}

@RestController
class PortalTokenController(private val refreshStore: RefreshTokenStore) {
    @PostMapping("/api/token/cookie")
    fun tokenCookie(@RequestParam token: String): ResponseCookie =
        // expect: session-cookie-insecure
        ResponseCookie.from("portal_refresh", token).httpOnly(true).secure(false).path("/api").build()

    @PostMapping("/api/token/cookie2")
    fun tokenCookieSafe(@RequestParam token: String): ResponseCookie =
        // safe: session-cookie-insecure
        ResponseCookie.from("portal_refresh", token).httpOnly(true).secure(true).sameSite("Strict").build()

    @GetMapping("/api/session-cookie")
    fun legacyCookie(@RequestParam token: String, response: HttpServletResponse) {
        // expect: session-cookie-insecure
        val sessionCookie = Cookie("portal_access_token", token)
        sessionCookie.path = "/"
        response.addCookie(sessionCookie)
    }

    @PostMapping("/api/logout")
    fun logout(@RequestHeader("Authorization") bearerToken: String): String {
        // expect: jwt-no-revocation
        SecurityContextHolder.clearContext()
        return "logged out"
    }

    @PostMapping("/api/logout-all")
    fun logoutEverywhere(@RequestHeader("Authorization") bearerToken: String): String {
        refreshStore.deleteByAccessToken(bearerToken)
        // safe: jwt-no-revocation
        SecurityContextHolder.clearContext()
        return "logged out"
    }
}
