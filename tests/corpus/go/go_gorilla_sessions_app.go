package web

import (
	"encoding/gob"
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

// expect: session-weak-secret
var cookieStore = sessions.NewCookieStore([]byte("something-very-secret"))

// safe: session-weak-secret
var prodStore = sessions.NewCookieStore([]byte(os.Getenv("SESSION_AUTH_KEY")), []byte(os.Getenv("SESSION_ENC_KEY")))

func init() {
	gob.Register(&User{})
	// expect: session-cookie-insecure, session-no-expiry
	cookieStore.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 30,
		HttpOnly: true,
	}
	// safe: session-cookie-insecure, session-no-expiry
	prodStore.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   4 * 3600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
}

func loginHandler(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(r.FormValue("password"))) != nil {
		http.Redirect(w, r, "/login?err=1", http.StatusSeeOther)
		return
	}
	session, _ := cookieStore.Get(r, "cookie-name")
	// expect: session-fixation
	session.Values["authenticated"] = true
	// expect: session-fixation
	session.Values["user"] = u
	if err := session.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func secureLoginHandler(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Redirect(w, r, "/login?err=1", http.StatusSeeOther)
		return
	}
	old, _ := prodStore.Get(r, "sid")
	old.Options.MaxAge = -1
	_ = old.Save(r, w)
	session, _ := prodStore.New(r, "sid")
	// safe: session-fixation
	session.Values["user_id"] = u.ID
	_ = session.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}

func logoutHandler(w http.ResponseWriter, r *http.Request) {
	session, _ := cookieStore.Get(r, "cookie-name")
	// safe: session-fixation
	session.Values["authenticated"] = false
	session.Options.MaxAge = -1
	_ = session.Save(r, w)
}

func preferencesHandler(w http.ResponseWriter, r *http.Request) {
	session, _ := prodStore.Get(r, "sid")
	// safe: session-fixation
	session.Values["theme"] = r.FormValue("theme")
	// expect: session-no-expiry
	session.Options.MaxAge = 60 * 60 * 24 * 365
	_ = session.Save(r, w)
}
