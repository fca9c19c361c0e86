package com.acme.fleet.auth

import io.jsonwebtoken.Claims
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import org.slf4j.LoggerFactory
import java.util.Date

// expect: jwt-weak-secret
private const val FLEET_SECRET = "fleet"

// expect: jwt-long-lived
private const val TOKEN_VALIDITY_MS = 24L * 60 * 60 * 1000

// safe: jwt-long-lived
private const val DEVICE_TOKEN_VALIDITY_MS = 5L * 60 * 1000

object LegacyTokenUtil {
    private val log = LoggerFactory.getLogger(LegacyTokenUtil::class.java)

    // expect: jwt-weak-secret
    private val telemetrySecret: String = System.getenv("TELEMETRY_JWT_SECRET") ?: "telemetry-secret"

    // safe: jwt-weak-secret
    private val deviceSecret: String = System.getenv("DEVICE_JWT_SECRET")
        ?: throw IllegalStateException("DEVICE_JWT_SECRET is not set")

    fun generateToken(username: String, driverLicense: String, depot: String): String {
        val claims: MutableMap<String, Any> = HashMap()
        // safe: jwt-sensitive-payload
        claims["depot"] = depot
        // expect: jwt-sensitive-payload
        claims["driverLicenseNumber"] = driverLicense
        return Jwts.builder()
            .setClaims(claims)
            .setSubject(username)
            .setIssuedAt(Date())
            .setExpiration(Date(System.currentTimeMillis() + TOKEN_VALIDITY_MS))
            .signWith(SignatureAlgorithm.HS256, FLEET_SECRET)
            .compact()
    }

    fun generateDeviceToken(deviceId: String): String =
        Jwts.builder()
            .setSubject(deviceId)
            .setIssuer("fleet-gateway")
            .setAudience("fleet-devices")
            // safe: jwt-sensitive-payload
            .claim("scope", "telemetry:write")
            .setExpiration(Date(System.currentTimeMillis() + DEVICE_TOKEN_VALIDITY_MS))
            .signWith(SignatureAlgorithm.HS512, deviceSecret)
            .compact()

    fun generateTelemetryToken(vehicleId: String): String {
        val issued = Date()
        return Jwts.builder()
            .setSubject(vehicleId)
            .setIssuedAt(issued)
            // expect: jwt-long-lived
            .setExpiration(Date(issued.time + 1000L * 60 * 60 * 24 * 365))
            .signWith(SignatureAlgorithm.HS256, telemetrySecret)
            .compact()
    }

    fun getUsername(token: String): String? {
        return try {
            // expect: jwt-signature-not-verified
            // expect: jwt-none-algorithm
            val body = Jwts.parser().setSigningKey(FLEET_SECRET).parse(token).body as Claims
            body.subject
        } catch (e: Exception) {
            log.warn("cannot read token: {}", e.message)
            null
        }
    }

    fun validateDeviceToken(token: String): Claims =
        Jwts.parser()
            .setSigningKey(deviceSecret)
            .requireIssuer("fleet-gateway")
            .requireAudience("fleet-devices")
            // safe: jwt-signature-not-verified
            .parseClaimsJws(token)
            .body

    fun readVehicleFromTelemetry(token: String): String {
        val withoutSignature = token.substring(0, token.lastIndexOf('.') + 1)
        // expect: jwt-signature-not-verified
        // expect: jwt-none-algorithm
        val claims = Jwts.parser().parseClaimsJwt(withoutSignature).body
        return claims.subject
    }

    fun isTokenExpired(token: String): Boolean {
        val claims = Jwts.parser()
            .setSigningKey(FLEET_SECRET)
            // expect: jwt-claims-not-validated
            .setAllowedClockSkewSeconds(60L * 60 * 24 * 30)
            .parseClaimsJws(token)
            .body
        return claims.expiration.before(Date())
    }
}
