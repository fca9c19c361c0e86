package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

public class TokenEndpoints {

    // Servlet filter: the Authorization header of the request being served.
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        String header = request.getHeader("Authorization");
        String token = header.substring(7);
        // ruleid: java-request-input-context
        DecodedJWT jwt = JWT.decode(token);
        request.setAttribute("user", jwt.getSubject());
    }

    // Any parameter of type HttpServletRequest, whatever its name; token from a cookie.
    public String fromCookie(HttpServletRequest r) throws Exception {
        for (Cookie c : r.getCookies()) {
            if ("jwt".equals(c.getName())) {
                // ruleid: java-request-input-context
                return SignedJWT.parse(c.getValue()).getJWTClaimsSet().getSubject();
            }
        }
        return null;
    }

    public String fromParameter(HttpServletRequest req) {
        String raw = req.getParameter("access_token");
        // ruleid: java-request-input-context
        return JWT.decode(raw).getClaim("role").asString();
    }

    // Spring MVC header parameter, Bearer prefix removed with replace / split.
    @GetMapping("/me")
    public String me(@RequestHeader("Authorization") String authorization) throws Exception {
        String token = authorization.replace("Bearer ", "");
        // ruleid: java-request-input-context
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        return claims.getSubject();
    }

    @GetMapping("/roles")
    public String roles(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        String token = auth.split(" ")[1];
        // ruleid: java-request-input-context
        return JWT.decode(token).getClaim("roles").toString();
    }

    @GetMapping("/session")
    public String session(@CookieValue("SESSION_JWT") String jwt) {
        // ruleid: java-request-input-context
        return JWT.decode(jwt).getSubject();
    }

    @GetMapping("/callback")
    public String callback(@RequestParam String idToken) {
        // ruleid: java-request-input-context
        return JWT.decode(idToken).getSubject();
    }

    @PostMapping("/refresh")
    public String refresh(@RequestBody RefreshRequest body) throws Exception {
        // ruleid: java-request-input-context
        return SignedJWT.parse(body.getToken()).getJWTClaimsSet().getSubject();
    }

    // An unannotated String parameter of a Spring handler binds as a request parameter.
    @GetMapping("/plain")
    public String plain(String token) {
        // ruleid: java-request-input-context
        return JWT.decode(token).getSubject();
    }

    // Manual payload decoding of the bearer token.
    public String manual(HttpServletRequest request) {
        String payload = request.getHeader("Authorization").substring(7).split("\\.")[1];
        // ruleid: java-request-input-context
        return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    // JAX-RS header parameter and request filter.
    @GET
    public String jaxrs(@HeaderParam("Authorization") String auth) {
        // ruleid: java-request-input-context
        return JWT.decode(auth.substring("Bearer ".length())).getSubject();
    }

    public void filter(ContainerRequestContext ctx) throws Exception {
        String auth = ctx.getHeaderString("Authorization");
        // ruleid: java-request-input-context
        SignedJWT signed = SignedJWT.parse(auth.substring(7));
        ctx.setProperty("sub", signed.getJWTClaimsSet().getSubject());
    }

    // Spring WebFlux.
    public String webflux(ServerWebExchange exchange) {
        String h = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        // ruleid: java-request-input-context
        return JWT.decode(h.substring(7)).getSubject();
    }

    public String webfluxCookie(ServerWebExchange ex) {
        String v = ex.getRequest().getCookies().getFirst("token").getValue();
        // ruleid: java-request-input-context
        return JWT.decode(v).getSubject();
    }

    // A helper's own parameter, no request in sight.
    public String helper(String token) {
        // ok: java-request-input-context
        return JWT.decode(token).getSubject();
    }

    // The app's own call to its identity provider: the token response is not the request.
    public String fromProvider(HttpClient client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://id.example.com/oauth/token")).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String idToken = TokenResponse.parseIdToken(response.body());
        // ok: java-request-input-context
        return JWT.decode(idToken).getSubject();
    }

    // A token read from the app's own store / configuration.
    public String fromStore(TokenRepository tokenRepository, String userId) throws Exception {
        String stored = tokenRepository.findAccessToken(userId);
        // ok: java-request-input-context
        return SignedJWT.parse(stored).getJWTClaimsSet().getSubject();
    }

    public String storedForCaller(HttpServletRequest request, TokenRepository tokenRepository) {
        String stored = tokenRepository.findByUser(request.getParameter("user"));
        // ok: java-request-input-context
        return JWT.decode(stored).getSubject();
    }

    public String fromConfig() {
        // ok: java-request-input-context
        return JWT.decode(System.getenv("SERVICE_TOKEN")).getSubject();
    }
}
