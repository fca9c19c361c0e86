package com.acme.events;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.JWTAuthHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.SessionStore;
import io.vertx.ext.web.sstore.cookie.CookieSessionStore;
import io.vertx.ext.web.sstore.redis.RedisSessionStore;
import io.vertx.redis.client.Redis;

import java.util.List;
import java.util.concurrent.TimeUnit;

public class ApiVerticle extends AbstractVerticle {

    private JWTAuth jwtAuth;
    private UserService users;

    @Override
    public void start(Promise<Void> startPromise) {
        users = new UserService(vertx);
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());

        // expect: session-insecure-store
        SessionStore store = RedisSessionStore.create(vertx, Redis.createClient(vertx, "redis://sessions.internal:6379/1"));
        router.route("/web/*").handler(SessionHandler.create(store)
                .setSessionCookieName("events.sid")
                // expect: session-no-expiry
                .setSessionTimeout(TimeUnit.DAYS.toMillis(30))
                // expect: session-cookie-insecure
                .setCookieHttpOnlyFlag(false));

        jwtAuth = JWTAuth.create(vertx, new JWTAuthOptions()
                // expect: jwt-weak-secret
                .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer("keyboard cat"))
                // safe: jwt-claims-not-validated
                .setJWTOptions(new JWTOptions().setIssuer("acme-events").setAudience(List.of("events-web"))));

        router.post("/web/login").handler(this::webLogin);
        router.post("/api/token").handler(this::issueToken);
        router.route("/api/*").handler(JWTAuthHandler.create(jwtAuth));

        vertx.createHttpServer().requestHandler(router).listen(8080)
                .onSuccess(server -> startPromise.complete())
                .onFailure(startPromise::fail);
    }

    private void webLogin(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        users.checkPassword(body.getString("email"), body.getString("password")).onSuccess(user -> {
            // expect: session-fixation
            ctx.session().put("userId", user.getString("id"));
            ctx.redirect("/web/home");
        }).onFailure(err -> ctx.fail(401));
    }

    private void issueToken(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        users.checkPassword(body.getString("email"), body.getString("password")).onSuccess(user -> {
            String token = jwtAuth.generateToken(
                    new JsonObject()
                            .put("sub", user.getString("id"))
                            .put("roles", new JsonArray(user.getJsonArray("roles").getList())),
                    new JWTOptions()
                            .setIssuer("acme-events")
                            .setAudience(List.of("events-web"))
                            // expect: jwt-long-lived
                            .setExpiresInMinutes(60 * 24 * 7));
            ctx.json(new JsonObject().put("access_token", token));
        }).onFailure(err -> ctx.fail(401));
    }
}

class AdminConsoleVerticle extends AbstractVerticle {

    @Override
    public void start() {
        Router router = Router.router(vertx);
        // expect: session-weak-secret
        SessionStore store = CookieSessionStore.create(vertx, "admin-console-secret");
        router.route().handler(SessionHandler.create(store)
                // safe: session-no-expiry
                .setSessionTimeout(TimeUnit.MINUTES.toMillis(20))
                // safe: session-cookie-insecure
                .setCookieSecureFlag(true)
                .setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.STRICT));
        router.post("/admin/login").handler(ctx -> {
            AdminDirectory.verify(ctx.request().getFormAttribute("user"), ctx.request().getFormAttribute("pass"))
                    .onSuccess(admin -> {
                        ctx.session().regenerateId();
                        // safe: session-fixation
                        ctx.session().put("admin", admin);
                        ctx.redirect("/admin");
                    })
                    .onFailure(err -> ctx.fail(401));
        });
        vertx.createHttpServer().requestHandler(router).listen(8081);
    }
}

class PublicSiteVerticle extends AbstractVerticle {

    @Override
    public void start() {
        Router router = Router.router(vertx);
        // safe: session-weak-secret
        SessionStore store = CookieSessionStore.create(vertx, System.getenv("PUBLIC_SITE_SESSION_SECRET"));
        router.route().handler(SessionHandler.create(store)
                .setSessionTimeout(TimeUnit.HOURS.toMillis(2))
                .setCookieSecureFlag(true)
                .setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.LAX));
        router.get("/").handler(ctx -> ctx.response().sendFile("webroot/index.html"));
        vertx.createHttpServer().requestHandler(router).listen(8082);
    }
}
