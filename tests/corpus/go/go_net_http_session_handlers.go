// Hand-rolled session handling for the internal admin console.
package console

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"time"
)

const (
	sessionCookie = "console_session"
	rememberDays  = 30
)

type SessionStore interface {
	Create(userID string, ttl time.Duration) (string, error)
	Delete(id string) error
}

type Console struct {
	sessions SessionStore
	secure   bool
}

func newID() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (c *Console) Login(w http.ResponseWriter, r *http.Request) {
	userID, ok := c.authenticate(r)
	if !ok {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sid, err := c.sessions.Create(userID, 8*time.Hour)
	if err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	// expect: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:    sessionCookie,
		Value:   sid,
		Path:    "/",
		Expires: time.Now().Add(8 * time.Hour),
	})
	http.Redirect(w, r, "/console", http.StatusSeeOther)
}

func (c *Console) LoginAPI(w http.ResponseWriter, r *http.Request) {
	userID, ok := c.authenticate(r)
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	sid, _ := c.sessions.Create(userID, 8*time.Hour)
	// expect: session-cookie-insecure
	cookie := http.Cookie{Name: "sid", Value: sid, Path: "/api", HttpOnly: true, SameSite: http.SameSiteNoneMode}
	http.SetCookie(w, &cookie)
}

func (c *Console) LoginHardened(w http.ResponseWriter, r *http.Request) {
	userID, ok := c.authenticate(r)
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	sid, _ := c.sessions.Create(userID, 8*time.Hour)
	// safe: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:     "__Host-" + sessionCookie,
		Value:    sid,
		Path:     "/",
		MaxAge:   8 * 3600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	})
}

func (c *Console) SetToken(w http.ResponseWriter, token string) {
	// expect: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: token, Path: "/", Secure: c.secure, HttpOnly: false})
	// safe: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: newID(), Path: "/", Secure: true, SameSite: http.SameSiteStrictMode})
	// safe: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "sidebar_collapsed", Value: "1", Path: "/"})
}

func (c *Console) Remember(w http.ResponseWriter, userID string) {
	ck := &http.Cookie{Name: "remember_token", Value: newID(), Path: "/", MaxAge: rememberDays * 86400}
	ck.Secure = true
	ck.HttpOnly = true
	ck.SameSite = http.SameSiteLaxMode
	// safe: session-cookie-insecure
	http.SetCookie(w, ck)
}

func (c *Console) Logout(w http.ResponseWriter, r *http.Request) {
	if ck, err := r.Cookie(sessionCookie); err == nil {
		_ = c.sessions.Delete(ck.Value)
	}
	// safe: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
