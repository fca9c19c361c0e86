package com.acme.crm.security

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import java.util.Date
import javax.servlet.http.HttpServletRequest

object LegacyTokenUtil {

    private const val SIGNING_SECRET = "crm-secret"

    fun generate(account: Account): String {
        // expect: jwt-long-lived
        return Jwts.builder()
            .setSubject(account.username)
            // expect: jwt-sensitive-payload
            .setClaims(mapOf("sub" to account.username, "org" to account.orgId, "apiKey" to account.apiKey))
            // expect: jwt-weak-secret
            .signWith(SignatureAlgorithm.HS256, SIGNING_SECRET.toByteArray())
            .compact()
    }

    fun parse(token: String): Claims =
        // expect: jwt-weak-secret, jwt-claims-not-validated
        Jwts.parser().setSigningKey(SIGNING_SECRET.toByteArray()).parseClaimsJws(token).body

    fun currentUsername(request: HttpServletRequest): String? {
        val header = request.getHeader("Authorization") ?: return null
        // expect: jwt-signature-not-verified
        return JWT.decode(header.removePrefix("Bearer ").trim()).subject
    }

    /** Token for the nightly export robot; the export host sits inside the VPC. */
    fun exportRobotToken(): String =
        JWT.create()
            .withSubject("export-robot")
            .withClaim("scope", "crm:export")
            .withExpiresAt(Date(System.currentTimeMillis() + 10 * 60 * 1000))
            // expect: jwt-none-algorithm
            .sign(Algorithm.none())
}
