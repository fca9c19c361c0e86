package com.example.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.SessionStore;

class VertxSessions {
    void routes(Router router, SessionStore store) {
        // ok: servlet-session-no-expiry
        router.route().handler(SessionHandler.create(store).setSessionTimeout(15 * 60 * 1000));
    }

    // a servlet session in the same file is still read in seconds
    void legacy(javax.servlet.http.HttpServletRequest request) {
        // ruleid: servlet-session-no-expiry
        request.getSession().setMaxInactiveInterval(-1);
    }
}
