package com.example.web;

import javax.servlet.ServletContext;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class CookieHelper {
    private static final String TOKEN_COOKIE = "access_token";

    public void plain(HttpServletResponse response, String jwt) {
        // ruleid: servlet-cookie-insecure
        Cookie cookie = new Cookie("token", jwt);
        cookie.setPath("/");
        cookie.setMaxAge(900);
        response.addCookie(cookie);
    }

    public void onlyHttpOnly(HttpServletResponse response, String jwt) {
        // ruleid: servlet-cookie-insecure
        Cookie cookie = new Cookie(TOKEN_COOKIE, jwt);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void explicitOff(HttpServletResponse response, String sid) {
        Cookie cookie = new Cookie("SESSIONID", sid);
        cookie.setHttpOnly(true);
        // ruleid: servlet-cookie-insecure
        cookie.setSecure(false);
        response.addCookie(cookie);
    }

    public void header(HttpServletResponse response, String jwt) {
        // ruleid: servlet-cookie-insecure
        response.addHeader("Set-Cookie", "jwt=" + jwt + "; Path=/; SameSite=Lax");
    }

    public void container(ServletContext ctx) {
        // ruleid: servlet-cookie-insecure
        ctx.getSessionCookieConfig().setHttpOnly(false);
    }

    public void hardened(HttpServletResponse response, String jwt) {
        // ok: servlet-cookie-insecure
        Cookie cookie = new Cookie("token", jwt);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    public void clear(HttpServletResponse response) {
        // ok: servlet-cookie-insecure
        Cookie cookie = new Cookie("token", null);
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    public void theme(HttpServletResponse response) {
        // ok: servlet-cookie-insecure
        Cookie cookie = new Cookie("theme", "dark");
        response.addCookie(cookie);
    }

    public void headerOk(HttpServletResponse response, String jwt) {
        // ok: servlet-cookie-insecure
        response.addHeader("Set-Cookie", "jwt=" + jwt + "; Path=/; Secure; HttpOnly; SameSite=Strict");
    }
}

class TokenCookieController {
    ResponseEntity<String> issue(String jwt) {
        Map<String, List<String>> headers = new HashMap<>();
        // ruleid: servlet-cookie-insecure
        headers.put("Set-Cookie", Arrays.asList("JWT=" + jwt));
        return new ResponseEntity<>("ok", CollectionUtils.toMultiValueMap(headers), HttpStatus.OK);
    }

    ResponseEntity<String> issueHttpOnly(String jwt) {
        HttpHeaders headers = new HttpHeaders();
        // ruleid: servlet-cookie-insecure
        headers.add(HttpHeaders.SET_COOKIE, "token=" + jwt + "; HttpOnly");
        return new ResponseEntity<>("ok", headers, HttpStatus.OK);
    }

    ResponseEntity<String> issueHardened(String jwt) {
        HttpHeaders headers = new HttpHeaders();
        // ok: servlet-cookie-insecure
        headers.add(HttpHeaders.SET_COOKIE, "token=" + jwt + "; HttpOnly; Secure; SameSite=Strict");
        return new ResponseEntity<>("ok", headers, HttpStatus.OK);
    }

    ResponseEntity<String> issueBuilt(ResponseCookie tokenCookie) {
        HttpHeaders headers = new HttpHeaders();
        // ok: servlet-cookie-insecure
        headers.add(HttpHeaders.SET_COOKIE, tokenCookie.toString());
        return new ResponseEntity<>("ok", headers, HttpStatus.OK);
    }

    Map<String, String> display(String theme) {
        Map<String, String> prefs = new HashMap<>();
        // ok: servlet-cookie-insecure
        prefs.put("theme", theme);
        return prefs;
    }
}

class ConcatCookieController {
    static final String AUTH_COOKIE_PREFIX = "AUTH=";

    ResponseEntity<String> issue(String jwt) {
        Map<String, List<String>> headers = new HashMap<>();
        // ruleid: servlet-cookie-insecure
        headers.put("Set-Cookie", Arrays.asList(AUTH_COOKIE_PREFIX + jwt));
        return new ResponseEntity<>("ok", CollectionUtils.toMultiValueMap(headers), HttpStatus.OK);
    }

    ResponseEntity<String> echo(String cookieHeader) {
        HttpHeaders headers = new HttpHeaders();
        // ok: servlet-cookie-insecure
        headers.add(HttpHeaders.SET_COOKIE, preparedCookie);
        return new ResponseEntity<>("ok", headers, HttpStatus.OK);
    }
}

class SpoofCookieLogin {
    private static final String COOKIE_NAME = "spoof_auth";
    private static final String THEME_COOKIE = "ui_theme";

    void login(HttpServletResponse response, String user) {
        // ruleid: servlet-cookie-insecure
        Cookie newCookie = new Cookie(COOKIE_NAME, encode(user));
        newCookie.setPath("/app");
        newCookie.setSecure(true);
        response.addCookie(newCookie);
    }

    void theme(HttpServletResponse response, String theme) {
        // ok: servlet-cookie-insecure
        Cookie c = new Cookie(THEME_COOKIE, theme);
        response.addCookie(c);
    }

    // a cookie handed to a browser driver is sent on the driver's requests: no Set-Cookie flags
    void seedBrowser(org.openqa.selenium.WebDriver driver, String sessionId) {
        // ok: servlet-cookie-insecure
        org.openqa.selenium.Cookie cookie = new Cookie("JSESSIONID", sessionId);
        driver.manage().addCookie(cookie);
    }

    // cookies that carry no credential: where to return after the login, the chosen provider
    void rememberLoginChoice(HttpServletResponse response, String target, String provider) {
        // ok: servlet-cookie-insecure
        Cookie back = new Cookie("login_redirect", target);
        response.addCookie(back);
        // ok: servlet-cookie-insecure
        Cookie via = new Cookie("auth_provider", provider);
        response.addCookie(via);
    }

    String encode(String s) { return s; }

    public void rememberMe(HttpServletResponse response, String username, String password) {
        Cookie nameCookie = new Cookie("username", username);
        nameCookie.setMaxAge(60 * 60 * 24 * 3);
        // ruleid: servlet-cookie-insecure
        Cookie pwdCookie = new Cookie("password", password);
        pwdCookie.setMaxAge(60 * 60 * 24 * 3);
        response.addCookie(nameCookie);
        response.addCookie(pwdCookie);
    }

    public void passwordHardened(HttpServletResponse response, String password) {
        // ok: servlet-cookie-insecure
        Cookie pwdCookie = new Cookie("pwd", password);
        pwdCookie.setHttpOnly(true);
        pwdCookie.setSecure(true);
        response.addCookie(pwdCookie);
    }
}
