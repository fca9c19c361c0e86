package handlers

import (
	"net/http"
	"time"
)

const sessionCookieName = "sid"

func Login(w http.ResponseWriter, r *http.Request) {
	sid := newSessionID()
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Path: "/"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:     "token",
		Value:    issue(),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteNoneMode,
	})
	// ruleid: net-http-session-cookie-insecure
	c := &http.Cookie{Name: sessionCookieName, Value: sid, Secure: true, Expires: time.Now().Add(time.Hour)}
	http.SetCookie(w, c)
}

func LoginOK(w http.ResponseWriter, r *http.Request) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "__Host-session", Value: newSessionID(), Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: csrf(), Secure: true})
	// ok: net-http-session-cookie-insecure
	ck := &http.Cookie{Name: "refresh_token", Value: rt()}
	ck.Secure = true
	ck.HttpOnly = true
	http.SetCookie(w, ck)
}

func Logout(w http.ResponseWriter, r *http.Request) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})
}

func Prefs(w http.ResponseWriter) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "sidebar_collapsed", Value: "1"})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "author_filter", Value: "me"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "__Host-sessionid", Value: "x"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: SessionCookieName, Value: "x"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "authToken", Value: "x"})
}

func LastLogin(w http.ResponseWriter) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "last_login", Value: time.Now().String()})
}

type echoCtx interface {
	SetCookie(c *http.Cookie)
}

func WriteSessionCookie(c echoCtx, token string) {
	ck := new(http.Cookie)
	ck.Name = "sessionID"
	ck.Value = token
	// ruleid: net-http-session-cookie-insecure
	c.SetCookie(ck)
}

func WriteSessionCookieHardened(c echoCtx, token string) {
	ck := new(http.Cookie)
	ck.Name = "sessionID"
	ck.Value = token
	ck.Secure = true
	ck.HttpOnly = true
	ck.SameSite = http.SameSiteLaxMode
	// ok: net-http-session-cookie-insecure
	c.SetCookie(ck)
}

func WriteThemeCookie(w http.ResponseWriter) {
	ck := new(http.Cookie)
	ck.Name = "theme"
	ck.Value = "dark"
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, ck)
}

func callUpstream(sid string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, "https://upstream.example/api", nil)
	if err != nil {
		return nil, err
	}
	// ok: net-http-session-cookie-insecure
	req.AddCookie(&http.Cookie{Name: "session", Value: sid})
	return req, nil
}
