package com.example.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import org.json.JSONObject;

public class CustomValidator {
    static final String NONE_ALGORITHM = "none";

    boolean lenient(String token, JSONObject header) {
        String alg = header.getString("alg");
        // ruleid: java-custom-jwt-validator-accepts-none
        if (NONE_ALGORITHM.contentEquals(alg.toLowerCase())) {
            return true;
        }
        return hmacMatches(token);
    }

    boolean literal(String token, String alg) {
        // ruleid: java-custom-jwt-validator-accepts-none
        if ("none".equalsIgnoreCase(alg)) return true;
        return hmacMatches(token);
    }

    boolean typed(String token, JWSHeader header) {
        // ruleid: java-custom-jwt-validator-accepts-none
        if (header.getAlgorithm().equals(JWSAlgorithm.NONE)) {
            return true;
        }
        return hmacMatches(token);
    }

    boolean strict(String token, String alg) {
        // ok: java-custom-jwt-validator-accepts-none
        if ("none".equalsIgnoreCase(alg)) {
            return false;
        }
        return hmacMatches(token);
    }

    boolean pinned(String token, String alg) {
        // ok: java-custom-jwt-validator-accepts-none
        if ("HS256".equals(alg)) {
            return hmacMatches(token);
        }
        return false;
    }
}
