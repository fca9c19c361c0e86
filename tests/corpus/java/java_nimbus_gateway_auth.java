package org.acme.gateway.auth;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLConnection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.CollectionUtils;

/** Verifies partner tokens at the edge; keys come from partner JWKS documents. */
public class PartnerTokenVerifier {

    private static final Set<String> PARTNER_KEY_SETS = Set.of(
            "https://keys.partner-one.example/jwks.json",
            "https://keys.partner-two.example/jwks.json");

    private final RSAKey gatewayKey;

    public PartnerTokenVerifier(RSAKey gatewayKey) {
        this.gatewayKey = gatewayKey;
    }

    /** Follows whatever key-set URL the token advertises. */
    private RSAKey keyFromAdvertisedSet(JWSHeader header) {
        try {
            // expect: jwt-signature-not-verified
            URI keySetUrl = header.getJWKURL();
            if (keySetUrl != null) {
                URLConnection conn = keySetUrl.toURL().openConnection();
                JWKSet set = JWKSet.load(conn.getInputStream());
                return set.getKeyByKeyId(header.getKeyID()).toRSAKey();
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    /** Same lookup, but only for key sets the gateway already trusts. */
    private RSAKey keyFromKnownPartner(JWSHeader header) throws Exception {
        // safe: jwt-signature-not-verified
        URI keySetUrl = header.getJWKURL();
        if (keySetUrl == null || !PARTNER_KEY_SETS.contains(keySetUrl.toString())) {
            return gatewayKey;
        }
        return JWKSet.load(keySetUrl.toURL()).getKeyByKeyId(header.getKeyID()).toRSAKey();
    }

    public boolean verifyAdvertised(String raw) throws Exception {
        SignedJWT jwt = SignedJWT.parse(raw);
        RSAKey key = keyFromAdvertisedSet(jwt.getHeader());
        return jwt.verify(new RSASSAVerifier(key == null ? gatewayKey : key));
    }

    public boolean verifyKnown(String raw) throws Exception {
        SignedJWT jwt = SignedJWT.parse(raw);
        return jwt.verify(new RSASSAVerifier(keyFromKnownPartner(jwt.getHeader())));
    }

    /** Legacy HMAC check kept for the kiosk clients. */
    public boolean legacyKioskCheck(String raw, byte[] kioskSecret) throws Exception {
        String[] parts = raw.split("\\.");
        JSONObject header = new JSONObject(new String(java.util.Base64.getUrlDecoder().decode(parts[0])));
        String alg = header.optString("alg", "");
        // expect: jwt-none-algorithm
        if ("none".equalsIgnoreCase(alg)) {
            return true;
        }
        return SignedJWT.parse(raw).verify(new MACVerifier(kioskSecret));
    }

    public boolean strictKioskCheck(String raw, byte[] kioskSecret) throws Exception {
        String[] parts = raw.split("\\.");
        JSONObject header = new JSONObject(new String(java.util.Base64.getUrlDecoder().decode(parts[0])));
        String alg = header.optString("alg", "");
        // safe: jwt-none-algorithm
        if (!"HS256".equals(alg)) {
            return false;
        }
        return SignedJWT.parse(raw).verify(new MACVerifier(kioskSecret));
    }

    /** Hands the gateway token to the kiosk browser. */
    public ResponseEntity<String> kioskCookie(String gatewayJwt) {
        Map<String, List<String>> headers = new HashMap<>();
        // expect: session-cookie-insecure
        headers.put("Set-Cookie", Arrays.asList("GW_TOKEN=" + gatewayJwt + "; Path=/"));
        return new ResponseEntity<>("ok", CollectionUtils.toMultiValueMap(headers), HttpStatus.OK);
    }

    public ResponseEntity<String> browserCookie(String gatewayJwt) {
        HttpHeaders headers = new HttpHeaders();
        // safe: session-cookie-insecure
        headers.add(HttpHeaders.SET_COOKIE, "GW_TOKEN=" + gatewayJwt + "; Path=/; HttpOnly; Secure; SameSite=Lax");
        return new ResponseEntity<>("ok", headers, HttpStatus.OK);
    }
}

class GatewayAccountService {
    private final GatewayJwtIssuer jwtIssuer;
    private final OperatorRepository operators;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;

    GatewayAccountService(GatewayJwtIssuer jwtIssuer, OperatorRepository operators,
                          org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.jwtIssuer = jwtIssuer;
        this.operators = operators;
        this.encoder = encoder;
    }

    public String signIn(Operator op) {
        return jwtIssuer.issue(op);
    }

    public void resetOperatorPassword(Operator op, String newSecret) {
        // expect: jwt-no-revocation
        op.setPassword(encoder.encode(newSecret));
        operators.save(op);
    }

    public void changeOperatorPassword(Operator op, String newSecret) {
        // safe: jwt-no-revocation
        op.setPassword(encoder.encode(newSecret));
        op.setTokenVersion(op.getTokenVersion() + 1);
        operators.save(op);
    }
}

class LegacySignatureCheck {
    private final SignatureService signatures;

    LegacySignatureCheck(SignatureService signatures) {
        this.signatures = signatures;
    }

    boolean headerDriven(String raw, java.security.Key gatewayKey, JSONObject header) {
        String algorithm = header.getString("alg");
        // expect: jwt-none-algorithm
        return signatures.verifySignature(raw, gatewayKey, algorithm);
    }

    boolean pinnedAlgorithm(String raw, java.security.Key gatewayKey, JSONObject header) {
        String algorithm = header.getString("alg");
        if (!"RS256".equals(algorithm)) {
            return false;
        }
        // safe: jwt-none-algorithm
        return signatures.verifySignature(raw, gatewayKey, algorithm);
    }
}
