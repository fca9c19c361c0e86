package com.example.auth

import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.security.core.Authentication
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository
import org.springframework.security.web.context.SecurityContextRepository
import org.springframework.web.filter.OncePerRequestFilter

// An API-key filter keeps the security context for the current request only:
// no HTTP session is created or written, so there is no session id to fix.
class ApiKeyFilter(
    private val authenticationManager: AuthenticationManager,
) : OncePerRequestFilter() {
    private val strategy =
        SecurityContextHolder
            .getContextHolderStrategy()

    private val securityContextRepository: SecurityContextRepository = RequestAttributeSecurityContextRepository()

    private fun successfulAuthentication(request: HttpServletRequest, response: HttpServletResponse, authentication: Authentication) {
        val context = strategy.createEmptyContext()
        context.authentication = authentication
        // ok: kotlin-servlet-session-fixation
        securityContextRepository.saveContext(context, request, response)
    }

    fun login(request: HttpServletRequest, user: User) {
        // ruleid: kotlin-servlet-session-fixation
        request.session.setAttribute("user", user)
    }
}
