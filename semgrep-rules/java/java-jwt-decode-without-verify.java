package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Map;

public class TokenReader {
    private final JWTVerifier verifier;
    private final Map<String, Algorithm> byKid;

    public TokenReader(JWTVerifier verifier, Map<String, Algorithm> byKid) {
        this.verifier = verifier;
        this.byKid = byKid;
    }

    public String currentUser(String header) {
        String token = header.substring(7);
        // ruleid: java-jwt-decode-without-verify
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }

    public boolean isAdmin(String token) {
        // ruleid: java-jwt-decode-without-verify
        return JWT.decode(token).getClaim("role").asString().equals("admin");
    }

    public DecodedJWT verified(String token) {
        // ok: java-jwt-decode-without-verify
        DecodedJWT unverified = JWT.decode(token);
        Algorithm alg = byKid.get(unverified.getKeyId());
        return JWT.require(alg).withIssuer("https://id.example.com").build().verify(token);
    }

    public String kid(String token) {
        // ok: java-jwt-decode-without-verify
        return JWT.decode(token).getKeyId();
    }

    public String afterVerify(String token) {
        try {
            verifier.verify(token);
            // ok: java-jwt-decode-without-verify
            return JWT.decode(token).getSubject();
        } catch (Exception e) {
            return null;
        }
    }
}

class JkuVerifier {
    private static final java.util.Set<String> TRUSTED = java.util.Set.of("https://login.example.com/.well-known/jwks.json");
    private final com.auth0.jwk.JwkProvider configured;

    public JkuVerifier(String jwksUrl) throws Exception {
        // ok: java-jwt-decode-without-verify
        this.configured = new com.auth0.jwk.JwkProviderBuilder(new java.net.URL(jwksUrl)).build();
    }

    public String viaLocal(String token) throws Exception {
        DecodedJWT decoded = JWT.decode(token);
        var jku = decoded.getHeaderClaim("jku");
        // ruleid: java-jwt-decode-without-verify
        com.auth0.jwk.JwkProvider provider = new com.auth0.jwk.JwkProviderBuilder(new java.net.URL(jku.asString())).build();
        com.auth0.jwk.Jwk jwk = provider.get(decoded.getKeyId());
        JWT.require(Algorithm.RSA256((java.security.interfaces.RSAPublicKey) jwk.getPublicKey(), null)).build().verify(decoded);
        return decoded.getSubject();
    }

    public String inline(String token) throws Exception {
        DecodedJWT decoded = JWT.decode(token);
        // ruleid: java-jwt-decode-without-verify
        com.auth0.jwk.JwkProvider provider = new com.auth0.jwk.UrlJwkProvider(new java.net.URL(decoded.getHeaderClaim("jku").asString()));
        com.auth0.jwk.Jwk jwk = provider.get(decoded.getKeyId());
        return JWT.require(Algorithm.RSA256((java.security.interfaces.RSAPublicKey) jwk.getPublicKey(), null)).build().verify(decoded).getSubject();
    }

    public String fixedProvider(String token) throws Exception {
        DecodedJWT decoded = JWT.decode(token);
        // ok: java-jwt-decode-without-verify
        com.auth0.jwk.Jwk jwk = configured.get(decoded.getKeyId());
        return JWT.require(Algorithm.RSA256((java.security.interfaces.RSAPublicKey) jwk.getPublicKey(), null)).build().verify(decoded).getSubject();
    }

    public String allowListed(String token) throws Exception {
        DecodedJWT decoded = JWT.decode(token);
        String jku = decoded.getHeaderClaim("jku").asString();
        if (TRUSTED.contains(jku)) {
            // ok: java-jwt-decode-without-verify
            com.auth0.jwk.JwkProvider provider = new com.auth0.jwk.JwkProviderBuilder(new java.net.URL(jku)).build();
            com.auth0.jwk.Jwk jwk = provider.get(decoded.getKeyId());
            return JWT.require(Algorithm.RSA256((java.security.interfaces.RSAPublicKey) jwk.getPublicKey(), null)).build().verify(decoded).getSubject();
        }
        return null;
    }

    // the id_token of the provider's token-endpoint response (code flow, back channel)
    public String oidcUser(OAuthCodeResponse codeResponse) {
        // ok: java-jwt-decode-without-verify
        final DecodedJWT idToken = JWT.decode(codeResponse.idToken());
        return idToken.getSubject();
    }

    // an id_token the client posted: nothing vouches for it
    public String googleUser(LoginRequest request) {
        // ruleid: java-jwt-decode-without-verify
        DecodedJWT idToken = JWT.decode(request.getIdToken());
        return idToken.getSubject();
    }
}
