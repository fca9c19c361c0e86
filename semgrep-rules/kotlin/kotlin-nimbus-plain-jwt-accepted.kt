package com.example.tracking

import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.PlainJWT
import com.nimbusds.jwt.SignedJWT

class TrackingTokens {
    fun trackingClaims(token: String): JWTClaimsSet {
        // ruleid: kotlin-nimbus-plain-jwt-accepted
        val plain = PlainJWT.parse(token)
        return plain.jwtClaimsSet
    }

    fun issue(shipmentId: String): String {
        val claims = JWTClaimsSet.Builder().subject(shipmentId).build()
        // ruleid: kotlin-nimbus-plain-jwt-accepted
        return PlainJWT(claims).serialize()
    }

    // ok: kotlin-nimbus-plain-jwt-accepted
    fun keyId(token: String): String? = SignedJWT.parse(token).header.keyID
}
