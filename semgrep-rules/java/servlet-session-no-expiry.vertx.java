package com.example.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.SessionStore;

class VertxSessions {
    void routes(Router router, SessionStore store) {
        // ok: servlet-session-no-expiry
        router.route().handler(SessionHandler.create(store).setSessionTimeout(15 * 60 * 1000));
    }
}
