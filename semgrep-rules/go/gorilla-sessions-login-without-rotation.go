package web

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

var store = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY")))

func login(w http.ResponseWriter, r *http.Request) {
	u, err := users.ByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid", http.StatusUnauthorized)
		return
	}
	session, _ := store.Get(r, "app-session")
	// ruleid: gorilla-sessions-login-without-rotation
	session.Values["user_id"] = u.ID
	// ruleid: gorilla-sessions-login-without-rotation
	session.Values["authenticated"] = true
	_ = session.Save(r, w)
}

func loginRotated(w http.ResponseWriter, r *http.Request) {
	u, err := checkCredentials(r)
	if err != nil {
		http.Error(w, "invalid", http.StatusUnauthorized)
		return
	}
	old, _ := store.Get(r, "app-session")
	old.Options.MaxAge = -1
	_ = old.Save(r, w)
	session, _ := store.New(r, "app-session")
	// ok: gorilla-sessions-login-without-rotation
	session.Values["user_id"] = u.ID
	_ = session.Save(r, w)
}

func logout(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app-session")
	// ok: gorilla-sessions-login-without-rotation
	session.Values["authenticated"] = false
	_ = session.Save(r, w)
}

func cart(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app-session")
	// ok: gorilla-sessions-login-without-rotation
	session.Values["cart"] = r.FormValue("item")
	_ = session.Save(r, w)
}
