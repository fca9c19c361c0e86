package com.northwind.crm.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.impl.TextCodec;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token helpers of the CRM back office. Keys come from application.yml, with
 * fallbacks so that a fresh checkout starts without any configuration.
 */
@Component
public class CrmTokenService {

    // expect: jwt-weak-secret
    @Value("${crm.auth.hmac-key:crm-local-hmac-key-do-not-use-in-prod}")
    private String hmacKey;

    // safe: jwt-weak-secret
    @Value("${crm.auth.issuer:northwind-crm}")
    private String issuer;

    // safe: jwt-weak-secret
    @Value("${crm.partner.verify-key}")
    private String partnerKey;

    public String issue(String login) {
        return Jwts.builder()
                .setSubject(login)
                .setIssuer(issuer)
                .setExpiration(new Date(System.currentTimeMillis() + 10 * 60 * 1000L))
                .signWith(SignatureAlgorithm.HS256, hmacKey)
                .compact();
    }

    public Claims partnerClaims(String token) {
        return Jwts.parser()
                .setSigningKey(partnerKey.getBytes(StandardCharsets.UTF_8))
                .requireIssuer("partner-portal")
                .parseClaimsJws(token)
                .getBody();
    }

    public Claims legacyClaims(String token) {
        // expect: jwt-weak-secret
        return Jwts.parser().setSigningKey(TextCodec.BASE64.encode("crm2016")).requireIssuer("crm").requireAudience("crm-web").parseClaimsJws(token).getBody();
    }

    public String kioskToken(String deviceId) {
        // expect: jwt-weak-secret
        String kioskSecret = "kiosk-shared-secret-2021-please-rotate";
        Date exp = new Date(System.currentTimeMillis() + 5 * 60 * 1000L);
        return Jwts.builder()
                .setSubject(deviceId)
                .setExpiration(exp)
                .signWith(Keys.hmacShaKeyFor(kioskSecret.getBytes(StandardCharsets.UTF_8)))
                .compact();
    }

    public String signedWithFileKey(String login) throws Exception {
        // safe: jwt-weak-secret
        String keyPath = "/run/secrets/crm-signing.pem";
        PrivateKey key = PemKeys.loadPrivate(keyPath);
        return Jwts.builder().setSubject(login)
                .setExpiration(new Date(System.currentTimeMillis() + 600_000L))
                .signWith(key)
                .compact();
    }
}

@Component
class ReportLinkSigner {

    // expect: jwt-weak-secret
    @Value("${reports.link-secret:reports-dev-secret}")
    private String linkSecret;

    // safe: jwt-weak-secret
    @Value("${reports.base-url:http://localhost:8080}")
    private String baseUrl;

    String link(String reportId) {
        String token = JWT.create()
                .withClaim("report", reportId)
                .withExpiresAt(new Date(System.currentTimeMillis() + 5 * 60 * 1000L))
                .sign(Algorithm.HMAC256(linkSecret));
        return baseUrl + "/reports/" + reportId + "?t=" + token;
    }
}

final class PemKeys {
    private PemKeys() {
    }

    static PrivateKey loadPrivate(String path) {
        return null;
    }
}
