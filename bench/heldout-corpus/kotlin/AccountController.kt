package com.acme.orders.web

import com.fasterxml.jackson.databind.ObjectMapper
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys
import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.http.ResponseCookie
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.CookieValue
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController
import java.time.Duration
import java.time.Instant
import java.util.Date
import java.util.UUID

data class LoginForm(val username: String, val password: String)
data class PasswordForm(val currentPassword: String, val newPassword: String)

interface CustomerAccounts {
    fun authenticate(username: String, password: String): Customer?
    fun updatePassword(customerId: Long, newPassword: String)
}
fun interface RevokedTokens { fun revoke(jti: String, until: Instant) }
data class Customer(val id: Long, val username: String, val passwordHash: String, val phone: String)

@RestController
@RequestMapping("/account")
class AccountController(
    private val customers: CustomerAccounts,
    private val revokedTokens: RevokedTokens,
    private val objectMapper: ObjectMapper,
    @Value("\${orders.jwt.secret}") secret: String,
) {
    // safe: jwt-weak-secret
    private val key = Keys.hmacShaKeyFor(secret.toByteArray())

    @PostMapping("/login")
    fun login(@RequestBody form: LoginForm, request: HttpServletRequest): ResponseEntity<Void> {
        val customer = customers.authenticate(form.username, form.password)
            ?: return ResponseEntity.status(401).build()
        val session = request.getSession(true)
        // expect: session-fixation
        session.setAttribute("CUSTOMER_ID", customer.id)
        // expect: session-no-expiry
        session.maxInactiveInterval = -1
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/kiosk/login")
    fun kioskLogin(@RequestBody form: LoginForm, request: HttpServletRequest): ResponseEntity<Void> {
        val customer = customers.authenticate(form.username, form.password)
            ?: return ResponseEntity.status(401).build()
        request.getSession(false)?.invalidate()
        val session = request.getSession(true)
        // safe: session-fixation
        session.setAttribute("CUSTOMER_ID", customer.id)
        // safe: session-no-expiry
        session.maxInactiveInterval = 15 * 60
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/token")
    fun token(@RequestBody form: LoginForm, response: HttpServletResponse): ResponseEntity<Void> {
        val customer = customers.authenticate(form.username, form.password)
            ?: return ResponseEntity.status(401).build()
        val profile: Map<String, Any?> = objectMapper.convertValue(customer, Map::class.java).mapKeys { it.key.toString() }
        val jwt = Jwts.builder()
            // expect: jwt-sensitive-payload
            .claims(profile)
            .subject(customer.id.toString())
            .issuer("orders")
            .audience().add("orders-web").and()
            .id(UUID.randomUUID().toString())
            .expiration(Date.from(Instant.now().plus(Duration.ofMinutes(15))))
            .signWith(key)
            .compact()
        // expect: session-cookie-insecure
        val cookie = Cookie("access_token", jwt)
        cookie.maxAge = 15 * 60
        response.addCookie(cookie)
        // safe: session-cookie-insecure
        response.addCookie(Cookie("ui_lang", "de"))
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/api/token")
    fun apiToken(@RequestBody form: LoginForm): ResponseEntity<Void> {
        val customer = customers.authenticate(form.username, form.password)
            ?: return ResponseEntity.status(401).build()
        val jwt = Jwts.builder()
            .subject(customer.id.toString())
            .issuer("orders")
            .audience().add("orders-web").and()
            .id(UUID.randomUUID().toString())
            .expiration(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
            .signWith(key)
            .compact()
        // safe: session-cookie-insecure
        val cookie = ResponseCookie.from("__Host-access_token", jwt)
            .httpOnly(true).secure(true).sameSite("Strict")
            .path("/").maxAge(Duration.ofMinutes(10)).build()
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build()
    }

    @PostMapping("/logout")
    fun logout(response: HttpServletResponse): ResponseEntity<Void> {
        // safe: session-cookie-insecure
        // expect: jwt-no-revocation
        response.addCookie(Cookie("access_token", "").apply { maxAge = 0 })
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/api/logout")
    fun apiLogout(@CookieValue("__Host-access_token") token: String): ResponseEntity<Void> {
        val claims = Jwts.parser()
            .verifyWith(key)
            .requireIssuer("orders")
            .requireAudience("orders-web")
            .build()
            // safe: jwt-none-algorithm
            .parseSignedClaims(token)
            .payload
        // safe: jwt-no-revocation
        revokedTokens.revoke(claims.id, claims.expiration.toInstant())
        val cleared = ResponseCookie.from("__Host-access_token", "").httpOnly(true).secure(true).sameSite("Strict").maxAge(0).build()
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cleared.toString()).build()
    }

    @PostMapping("/password")
    fun changePassword(@RequestBody form: PasswordForm, request: HttpServletRequest): ResponseEntity<Void> {
        val customerId = request.getAttribute("customerId") as Long
        // expect: jwt-no-revocation
        customers.updatePassword(customerId, form.newPassword)
        return ResponseEntity.noContent().build()
    }

    @PostMapping("/session/logout")
    fun sessionLogout(request: HttpServletRequest): ResponseEntity<Void> {
        // safe: jwt-no-revocation
        request.getSession(false)?.invalidate()
        return ResponseEntity.noContent().build()
    }
}
