package com.acme.crm.web

import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Controller
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.ResponseBody

@Controller
class AccountController(
    private val accounts: AccountRepository,
    private val passwordEncoder: PasswordEncoder,
    private val tokens: ApiTokenService,
) {

    @PostMapping("/signin")
    fun signIn(
        @RequestParam email: String,
        @RequestParam password: String,
        request: HttpServletRequest,
        response: HttpServletResponse,
    ): String {
        val account = accounts.findByEmail(email)
        if (account == null || !passwordEncoder.matches(password, account.passwordHash)) {
            return "redirect:/signin?error"
        }
        val session = request.session
        // expect: session-fixation
        session.setAttribute("accountId", account.id)
        // expect: session-no-expiry
        session.maxInactiveInterval = 60 * 60 * 24 * 7

        val apiToken = tokens.issue(account)
        // expect: session-cookie-insecure
        response.addCookie(Cookie("auth_token", apiToken).apply { path = "/"; maxAge = 15 * 60 })
        return "redirect:/dashboard"
    }

    @GetMapping("/sso/complete")
    fun ssoComplete(@RequestParam ticket: String, request: HttpServletRequest): String {
        val account = accounts.findBySsoTicket(ticket) ?: return "redirect:/signin?error"
        request.getSession(true)
        request.changeSessionId()
        // safe: session-fixation
        request.session.setAttribute("accountId", account.id)
        // safe: session-no-expiry
        request.session.maxInactiveInterval = 30 * 60
        return "redirect:/dashboard"
    }

    @PostMapping("/api/account/password")
    @ResponseBody
    fun changePassword(@RequestBody body: PasswordChange, principal: ApiPrincipal): ResponseEntity<Void> {
        val account = accounts.findById(principal.accountId).orElseThrow()
        if (!passwordEncoder.matches(body.current, account.passwordHash)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build()
        }
        // expect: jwt-no-revocation
        account.passwordHash = passwordEncoder.encode(body.replacement)
        accounts.save(account)
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/api/account/email")
    @ResponseBody
    fun changeEmail(@RequestBody body: EmailChange, principal: ApiPrincipal): ResponseEntity<Void> {
        val account = accounts.findById(principal.accountId).orElseThrow()
        account.email = body.email
        // safe: jwt-no-revocation
        account.tokenVersion += 1
        accounts.save(account)
        return ResponseEntity.noContent().build()
    }
}
