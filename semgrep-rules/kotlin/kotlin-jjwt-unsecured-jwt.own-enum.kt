package io.example.security

import java.security.PrivateKey

// The app's own signature type, with a placeholder for "not signed yet": no JWT here.
enum class SignatureAlgorithm { NONE, SHA256_WITH_ECDSA }

class Signature(val algorithm: SignatureAlgorithm, val bytes: ByteArray) {
    companion object {
        // ok: kotlin-jjwt-unsecured-jwt
        val none = Signature(SignatureAlgorithm.NONE, ByteArray(0))

        // ruleid: kotlin-jjwt-unsecured-jwt
        val jjwtNone = io.jsonwebtoken.SignatureAlgorithm.NONE
    }
}
