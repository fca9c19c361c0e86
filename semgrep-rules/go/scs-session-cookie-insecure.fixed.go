package main

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

func newDev() *scs.SessionManager {
	// ruleid: scs-session-cookie-insecure
	sm := scs.New()
	sm.Lifetime = 8 * time.Hour
	return sm
}

func newLax() *scs.SessionManager {
	sm := scs.New()
	// ruleid: scs-session-cookie-insecure
	sm.Cookie.Secure = true
	// ruleid: scs-session-cookie-insecure
	sm.Cookie.HttpOnly = true
	return sm
}

func newProd() *scs.SessionManager {
	// ok: scs-session-cookie-insecure
	sm := scs.New()
	sm.Lifetime = 8 * time.Hour
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	return sm
}
