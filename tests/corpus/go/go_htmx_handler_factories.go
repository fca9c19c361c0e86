package web

import (
	"html/template"
	"net/http"
	"time"

	"example.com/notes/internal/authjwt"
	"example.com/notes/internal/store"
)

type Deps struct {
	Users   *store.Users
	Revoked *store.RevokedTokens
	Pages   *template.Template
}

// SignInHandler checks the form and hands back the session JWT in a cookie.
func SignInHandler(d *Deps, secret []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, err := d.Users.Check(r.Context(), r.FormValue("email"), r.FormValue("password"))
		if err != nil {
			http.Error(w, "bad credentials", http.StatusUnauthorized)
			return
		}
		tok, err := authjwt.Issue(u.ID, secret)
		if err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		// safe: jwt-no-revocation
		http.SetCookie(w, &http.Cookie{
			Name:     "notes_jwt",
			Value:    tok,
			Path:     "/",
			Expires:  time.Now().Add(15 * time.Minute),
			HttpOnly: true,
			Secure:   true,
			SameSite: http.SameSiteLaxMode,
		})
		w.Header().Set("HX-Redirect", "/notes")
	}
}

// expect: jwt-no-revocation
func SignOutHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{
			Name:     "notes_jwt",
			Value:    "",
			Path:     "/",
			Expires:  time.Unix(0, 0),
			HttpOnly: true,
			Secure:   true,
		})
		w.Header().Set("HX-Redirect", "/signin")
	}
}

// safe: jwt-no-revocation
func (d *Deps) SignOutEverywhereHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		claims := authjwt.FromContext(r.Context())
		_ = d.Revoked.Revoke(r.Context(), claims.ID, claims.ExpiresAt.Time)
		http.SetCookie(w, &http.Cookie{Name: "notes_jwt", Value: "", Path: "/", MaxAge: -1})
		w.Header().Set("HX-Redirect", "/signin")
	}
}

// expect: jwt-no-revocation
func HandleQuit(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "access", Path: "/"})
	http.SetCookie(w, &http.Cookie{Name: "refresh", Path: "/"})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// safe: jwt-no-revocation
func ForgetLayoutHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "layout", Value: "", Path: "/", MaxAge: -1})
		w.WriteHeader(http.StatusNoContent)
	}
}
