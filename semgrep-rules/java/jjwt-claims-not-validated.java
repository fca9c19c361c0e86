package com.example.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import javax.crypto.SecretKey;

public class ClaimsCheck {
    private final SecretKey key;
    // ok: jjwt-claims-not-validated
    private final JwtParser parser = Jwts.parser().verifyWith(KeyHolder.KEY).build();

    public ClaimsCheck(SecretKey key) { this.key = key; }

    public Claims bare(String token) {
        // ok: jjwt-claims-not-validated
        return Jwts.parser()
                .verifyWith(key)
                .build()
                .parseSignedClaims(token)
                .getPayload();
    }

    public Claims legacySkew(String token) {
        // ruleid: jjwt-claims-not-validated
        return Jwts.parserBuilder().setSigningKey(key).requireIssuer("auth").requireAudience("api")
                .setAllowedClockSkewSeconds(86400)
                .build().parseClaimsJws(token).getBody();
    }

    public Claims modernSkew(String token) {
        // ruleid: jjwt-claims-not-validated
        return Jwts.parser().verifyWith(key).requireIssuer("auth").clockSkewSeconds(7L * 24 * 3600)
                .build().parseSignedClaims(token).getPayload();
    }

    public Claims full(String token) {
        // ok: jjwt-claims-not-validated
        return Jwts.parser().verifyWith(key).requireIssuer("https://auth.example.com")
                .requireAudience("orders-api").clockSkewSeconds(30)
                .build().parseSignedClaims(token).getPayload();
    }

    public Claims issuerOnly(String token) {
        // ok: jjwt-claims-not-validated
        return Jwts.parserBuilder().setSigningKey(key).requireIssuer("auth").setAllowedClockSkewSeconds(60)
                .build().parseClaimsJws(token).getBody();
    }
}

class ExpiredTolerant {
    private final javax.crypto.SecretKey key = null;

    Claims lenient(String token) {
        try {
            return Jwts.parser().verifyWith(key).requireIssuer("a").requireAudience("b").build().parseSignedClaims(token).getPayload();
        } catch (ExpiredJwtException e) {
            // ruleid: jjwt-claims-not-validated
            return e.getClaims();
        }
    }
}

class RefreshFromExpired {
    private final javax.crypto.SecretKey key = null;

    String userForRefresh(String token) {
        String user;
        try {
            user = (String) Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().get("user");
        } catch (ExpiredJwtException e) {
            // ruleid: jjwt-claims-not-validated
            user = (String) e.getClaims().get("user");
        }
        return user;
    }

    String logOnly(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            // ok: jjwt-claims-not-validated
            log.warn("expired token: {}", e.getMessage());
            return null;
        }
    }

    String logSubject(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            // ok: jjwt-claims-not-validated
            LOGGER.info("expired token of user {} - {}", e.getClaims().getSubject(), e.getMessage());
            return null;
        }
    }

    String loadExpired(String token, UserService users) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            // ruleid: jjwt-claims-not-validated
            return users.load(e.getClaims().getSubject()).getName();
        }
    }
}

class BoundedRefresh {
    private final javax.crypto.SecretKey key = null;
    private static final long REFRESH_WINDOW_MS = 7L * 24 * 3600 * 1000;

    String subjectForRefresh(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            // ok: jjwt-claims-not-validated
            Claims old = e.getClaims();
            long expiredAt = old.getExpiration().getTime();
            if (System.currentTimeMillis() > expiredAt + REFRESH_WINDOW_MS) {
                throw new IllegalStateException("refresh window passed");
            }
            return old.getSubject();
        }
    }

    String subjectForRefreshInline(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            if (e.getClaims().getExpiration().getTime() + REFRESH_WINDOW_MS < System.currentTimeMillis()) {
                return null;
            }
            // ok: jjwt-claims-not-validated
            return e.getClaims().getSubject();
        }
    }

    String subjectIgnoringWindow(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            // ruleid: jjwt-claims-not-validated
            Claims old = e.getClaims();
            long expiredAt = old.getExpiration().getTime();
            log.info("expired at {}", expiredAt);
            return old.getSubject();
        }
    }
}

class BoundedRefreshTwoSteps {
    private final javax.crypto.SecretKey key = null;

    String subjectForRefresh(String token) {
        try {
            return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
        } catch (ExpiredJwtException e) {
            // ok: jjwt-claims-not-validated
            Claims old = e.getClaims();
            long expiredAt = old.getExpiration().getTime();
            long refreshUntil = expiredAt + 7L * 24 * 3600 * 1000;
            if (System.currentTimeMillis() > refreshUntil) {
                return null;
            }
            return old.getSubject();
        }
    }
}
