package io.example.kiosk;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.ClusteredSessionStore;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.sstore.SessionStore;
import io.vertx.ext.web.sstore.cookie.CookieSessionStore;

/**
 * HTTP front of the self-service kiosk backend (Vert.x 4.5).
 */
public class VertxSessionServer extends AbstractVerticle {

    @Override
    public void start(Promise<Void> startPromise) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());

        // expect: session-insecure-store
        SessionStore kioskStore = LocalSessionStore.create(vertx);
        SessionHandler kioskSessions = SessionHandler.create(kioskStore)
                .setSessionCookieName("kiosk.sid")
                // expect: session-no-expiry
                .setSessionTimeout(30L * 24 * 60 * 60 * 1000)
                // expect: session-cookie-insecure
                .setCookieSecureFlag(false)
                .setCookieHttpOnlyFlag(true);
        router.route("/kiosk/*").handler(kioskSessions);

        // expect: session-weak-secret
        SessionStore operatorStore = CookieSessionStore.create(vertx, "kiosk-operator-secret");
        router.route("/operator/*").handler(SessionHandler.create(operatorStore)
                .setSessionTimeout(15 * 60 * 1000)
                .setCookieSecureFlag(true)
                .setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.STRICT));

        // safe: session-weak-secret
        SessionStore staffStore = CookieSessionStore.create(vertx, System.getenv("STAFF_SESSION_SECRET"));
        router.route("/staff/*").handler(SessionHandler.create(staffStore)
                // safe: session-no-expiry
                .setSessionTimeout(20 * 60 * 1000)
                // safe: session-cookie-insecure
                .setCookieSecureFlag(true)
                .setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.LAX));

        // safe: session-insecure-store
        SessionStore adminStore = ClusteredSessionStore.create(vertx, "kiosk.admin.sessions");
        router.route("/admin/*").handler(SessionHandler.create(adminStore).setSessionTimeout(10 * 60 * 1000));

        router.post("/operator/login").handler(this::operatorLogin);
        router.post("/staff/login").handler(this::staffLogin);

        vertx.createHttpServer()
                .requestHandler(router)
                .listen(8443)
                .onSuccess(s -> startPromise.complete())
                .onFailure(startPromise::fail);
    }

    private void operatorLogin(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        String operatorId = body.getString("operatorId");
        if (!checkPin(operatorId, body.getString("pin"))) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        // expect: session-fixation
        ctx.session().put("operator", operatorId);
        ctx.response().setStatusCode(204).end();
    }

    private void staffLogin(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        String staffId = body.getString("staffId");
        if (!checkPin(staffId, body.getString("pin"))) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        ctx.session().regenerateId();
        // safe: session-fixation
        ctx.session().put("staff", staffId);
        ctx.response().setStatusCode(204).end();
    }

    private boolean checkPin(String id, String pin) {
        JsonObject pins = config().getJsonObject("operatorPinHashes", new JsonObject());
        String expected = pins.getString(id == null ? "" : id);
        return expected != null && pin != null && PinHasher.matches(pin, expected);
    }
}
