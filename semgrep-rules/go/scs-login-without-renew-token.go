package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type app struct{ sessions *scs.SessionManager }

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	id, err := a.authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	// ruleid: scs-login-without-renew-token
	a.sessions.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) loginSafe(w http.ResponseWriter, r *http.Request) {
	id, err := a.authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := a.sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	// ok: scs-login-without-renew-token
	a.sessions.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) setTheme(w http.ResponseWriter, r *http.Request) {
	// ok: scs-login-without-renew-token
	a.sessions.Put(r.Context(), "theme", r.URL.Query().Get("t"))
}
