package com.example.util;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Date;
import java.util.Map;

public class JwtTokenUtil {
    // ruleid: java-jwt-expiry-check-always-false
    public static boolean isExpiration(String token) {
        DecodedJWT decodedJWT = JWT.decode(token);
        Map<String, Claim> claims = decodedJWT.getClaims();
        return false;
    }

    // ruleid: java-jwt-expiry-check-always-false
    public Boolean isTokenExpired(String token) {
        // TODO check exp
        return Boolean.FALSE;
    }

    // ok: java-jwt-expiry-check-always-false
    public boolean isTokenExpired2(String token) {
        Date expiresAt = JWT.decode(token).getExpiresAt();
        return expiresAt.before(new Date());
    }

    // ok: java-jwt-expiry-check-always-false
    public boolean isExpired(String token) {
        try {
            verifier.verify(token);
            return false;
        } catch (TokenExpiredException e) {
            return true;
        }
    }

    // ok: java-jwt-expiry-check-always-false
    public boolean isAdmin(String token) {
        return false;
    }
}
