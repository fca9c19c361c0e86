package main

import (
	"context"
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

const sessionUserKey = "userID"

func (a *app) signin(w http.ResponseWriter, r *http.Request) {
	u, err := a.users.Check(r.PostFormValue("name"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	// ruleid: scs-login-without-renew-token
	a.sessions.Put(r.Context(), sessionUserKey, u.ID)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A per-user table of third-party API session keys, keyed by the user's id:
// not the scs web session, and nobody logs in here.
func (a *app) saveProviderSession(ctx context.Context, userID, apiSession string) error {
	// ok: scs-login-without-renew-token
	return a.providerKeys.Put(ctx, userID, apiSession)
}
