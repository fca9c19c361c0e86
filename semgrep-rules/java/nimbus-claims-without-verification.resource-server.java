package com.example.api;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CurrentUser {
    String issuer() throws ParseException {
        JwtAuthenticationToken auth = (JwtAuthenticationToken) SecurityContextHolder.getContext().getAuthentication();
        // ok: nimbus-claims-without-verification
        return JWTParser.parse(auth.getToken().getTokenValue()).getJWTClaimsSet().getIssuer();
    }
}
