package com.example.auth;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.Set;
import org.json.JSONObject;

public class HeaderKeys {
    private static final Set<String> TRUSTED_JKU = Set.of("https://login.example.com/.well-known/jwks.json");
    private RSAKey ownKey;

    RSAKey keyFromJku(JWSHeader header) throws Exception {
        // ruleid: nimbus-verification-key-from-token-header
        URI jku = header.getJWKURL();
        JWKSet set = JWKSet.load(jku.toURL());
        return (RSAKey) set.getKeyByKeyId(header.getKeyID());
    }

    RSAKey keyFromAllowedJku(JWSHeader header) throws Exception {
        // ok: nimbus-verification-key-from-token-header
        URI jku = header.getJWKURL();
        if (jku == null || !TRUSTED_JKU.contains(jku.toString())) {
            return ownKey;
        }
        return (RSAKey) JWKSet.load(jku.toURL()).getKeyByKeyId(header.getKeyID());
    }

    boolean embeddedJwk(SignedJWT jwt) throws Exception {
        // ruleid: nimbus-verification-key-from-token-header
        return jwt.verify(new RSASSAVerifier(jwt.getHeader().getJWK().toRSAKey()));
    }

    boolean handDecoded(String token, JSONObject header) throws Exception {
        // ruleid: nimbus-verification-key-from-token-header
        RSAKey key = RSAKey.parse(header.getJSONObject("jwk").toString());
        return SignedJWT.parse(token).verify(new RSASSAVerifier(key.toRSAPublicKey()));
    }

    boolean ownPublicKey(String token) throws Exception {
        // ok: nimbus-verification-key-from-token-header
        return SignedJWT.parse(token).verify(new RSASSAVerifier(ownKey.toRSAPublicKey()));
    }

    String kidOnly(JWSHeader header) {
        // ok: nimbus-verification-key-from-token-header
        return header.getKeyID();
    }
}
