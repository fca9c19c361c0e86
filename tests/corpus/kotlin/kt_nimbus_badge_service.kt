package org.makerspace.badges.auth

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import java.time.Instant
import java.util.Date

/** Door badges: a short JWT the door controller checks offline. */
class DoorBadgeTokens(private val vault: SecretVault) {
    // expect: jwt-weak-secret
    private val doorMacSecret = System.getenv("DOOR_MAC_SECRET") ?: "door-controller-shared-secret-2024!!"
    // safe: jwt-weak-secret
    private val vaultSecretName = "door/mac-secret"

    fun issue(memberId: String): String {
        val claims = JWTClaimsSet.Builder()
            .subject(memberId)
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .build()
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), claims)
        jwt.sign(MACSigner(doorMacSecret))
        return jwt.serialize()
    }

    fun issueGuest(guestId: String): String {
        val jwt = SignedJWT(JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.Builder().subject(guestId).build())
        // expect: jwt-weak-secret
        jwt.sign(MACSigner("guest-badges-use-this-32-byte-key!!"))
        return jwt.serialize()
    }

    fun checkFromVault(token: String): Boolean {
        // safe: jwt-weak-secret
        val verifier = MACVerifier(vault.read(vaultSecretName))
        return SignedJWT.parse(token).verify(verifier)
    }
}
