package com.example.fieldops.client.auth;

import com.google.gwt.http.client.Request;
import com.google.gwt.http.client.RequestBuilder;
import com.google.gwt.http.client.RequestCallback;
import com.google.gwt.http.client.RequestException;
import com.google.gwt.http.client.Response;
import com.google.gwt.json.client.JSONObject;
import com.google.gwt.json.client.JSONParser;
import com.google.gwt.storage.client.Storage;
import elemental2.dom.DomGlobal;

/**
 * Client-side auth helper of the field-operations GWT app (compiled to JavaScript).
 */
public class SessionTokenStore {

    private static final String TOKEN_KEY = "fieldops.accessToken";

    private final Storage local = Storage.getLocalStorageIfSupported();
    private final Storage perTab = Storage.getSessionStorageIfSupported();

    /** Token for the current page only; never persisted. */
    private String inMemoryToken;

    public void signIn(String user, String password, final Runnable onDone) throws RequestException {
        RequestBuilder rb = new RequestBuilder(RequestBuilder.POST, "/api/auth/token");
        rb.setHeader("Content-Type", "application/json");
        JSONObject body = new JSONObject();
        body.put("user", new com.google.gwt.json.client.JSONString(user));
        body.put("password", new com.google.gwt.json.client.JSONString(password));
        rb.sendRequest(body.toString(), new RequestCallback() {
            @Override
            public void onResponseReceived(Request request, Response response) {
                JSONObject json = JSONParser.parseStrict(response.getText()).isObject();
                String accessToken = json.get("access_token").isString().stringValue();
                String refreshToken = json.get("refresh_token").isString().stringValue();
                if (local != null) {
                    // expect: jwt-in-browser-storage
                    local.setItem(TOKEN_KEY, accessToken);
                }
                if (perTab != null) {
                    // expect: jwt-in-browser-storage
                    perTab.setItem("refresh_token", refreshToken);
                }
                onDone.run();
            }

            @Override
            public void onError(Request request, Throwable exception) {
                DomGlobal.console.error("sign-in failed", exception.getMessage());
            }
        });
    }

    public void rememberDevice(String deviceJwt) {
        // expect: jwt-in-browser-storage
        DomGlobal.localStorage.setItem("deviceJwt", deviceJwt);
    }

    public void keepForThisPage(String token) {
        // safe: jwt-in-browser-storage
        inMemoryToken = token;
    }

    public void savePreferences(String locale, String mapLayer) {
        if (local != null) {
            // safe: jwt-in-browser-storage
            local.setItem("fieldops.locale", locale);
            // safe: jwt-in-browser-storage
            local.setItem("fieldops.mapLayer", mapLayer);
        }
    }

    public String authorizationHeader() {
        return inMemoryToken == null ? null : "Bearer " + inMemoryToken;
    }
}
