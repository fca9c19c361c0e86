package com.example.gateway;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;

public class TokenReader {

    private ConfigurableJWTProcessor<SecurityContext> processor;
    private JWSVerifier verifier;

    public String dashboardUser(String bearer) throws Exception {
        // ruleid: nimbus-claims-without-verification
        JWT parsed = JWTParser.parse(bearer);
        JWTClaimsSet claims = parsed.getJWTClaimsSet();
        return claims.getSubject();
    }

    public String roleOf(String raw) throws Exception {
        // ruleid: nimbus-claims-without-verification
        SignedJWT signed = SignedJWT.parse(raw);
        String role = signed.getJWTClaimsSet().getStringClaim("role");
        String name = signed.getJWTClaimsSet().getSubject();
        return role + name;
    }

    public JWTClaimsSet plain(String raw) throws Exception {
        // ruleid: nimbus-claims-without-verification
        return PlainJWT.parse(raw).getJWTClaimsSet();
    }

    public String emailFromHeader(String header) throws Exception {
        String token = header.substring(7);
        SignedJWT jwt;
        // ruleid: nimbus-claims-without-verification
        jwt = SignedJWT.parse(token);
        return (String) jwt.getJWTClaimsSet().getClaim("email");
    }

    public String verifiedSubject(String raw) throws Exception {
        // ok: nimbus-claims-without-verification
        SignedJWT signed = SignedJWT.parse(raw);
        if (!signed.verify(verifier)) {
            throw new SecurityException("bad signature");
        }
        return signed.getJWTClaimsSet().getSubject();
    }

    public String verifiedInline(String raw) throws Exception {
        // ok: nimbus-claims-without-verification
        SignedJWT signed = SignedJWT.parse(raw);
        boolean good = signed.verify(verifier);
        return good ? signed.getJWTClaimsSet().getSubject() : null;
    }

    public JWTClaimsSet viaProcessor(String raw) throws Exception {
        // the header is read only to pick the key, the processor verifies
        // ok: nimbus-claims-without-verification
        SignedJWT signed = SignedJWT.parse(raw);
        String kid = signed.getHeader().getKeyID();
        selectKey(kid);
        return processor.process(signed, null);
    }

    public String keyIdOnly(String raw) throws Exception {
        // ok: nimbus-claims-without-verification
        return SignedJWT.parse(raw).getHeader().getKeyID();
    }

    public String decrypted(String raw, RSADecrypter decrypter) throws Exception {
        // ok: nimbus-claims-without-verification
        EncryptedJWT jwe = EncryptedJWT.parse(raw);
        jwe.decrypt(decrypter);
        return jwe.getJWTClaimsSet().getSubject();
    }

    private void selectKey(String kid) {
    }
}

// Client side of Kafka SASL/OAUTHBEARER: the token was just obtained from the identity provider.
class EntraOAuthBearerToken implements OAuthBearerToken {
    private final com.azure.core.credential.AccessToken accessToken;
    private final JWTClaimsSet claims;

    EntraOAuthBearerToken(com.azure.core.credential.AccessToken accessToken) throws java.text.ParseException {
        this.accessToken = accessToken;
        // ok: nimbus-claims-without-verification
        claims = JWTParser.parse(accessToken.getToken()).getJWTClaimsSet();
    }
}

class ProviderTokenInfo {
    long expiry(AccessToken token) throws java.text.ParseException {
        // ok: nimbus-claims-without-verification
        return JWTParser.parse(token.getToken()).getJWTClaimsSet().getExpirationTime().getTime();
    }

    String user(String bearer) throws java.text.ParseException {
        // ruleid: nimbus-claims-without-verification
        return JWTParser.parse(bearer).getJWTClaimsSet().getSubject();
    }
}
