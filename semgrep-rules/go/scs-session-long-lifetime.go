package main

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var sessionManager *scs.SessionManager

func main() {
	sessionManager = scs.New()
	// ruleid: scs-session-long-lifetime
	sessionManager.Lifetime = 30 * 24 * time.Hour
	// ruleid: scs-session-long-lifetime
	sessionManager.IdleTimeout = time.Hour * 24 * 7
	sessionManager.Cookie.Secure = true
	_ = http.ListenAndServe(":4000", sessionManager.LoadAndSave(http.NewServeMux()))
}

func configure(sm *scs.SessionManager) {
	// ok: scs-session-long-lifetime
	sm.Lifetime = 8 * time.Hour
	// ok: scs-session-long-lifetime
	sm.IdleTimeout = 20 * time.Minute
}
