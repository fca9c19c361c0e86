package main

import (
	"context"
	"encoding/gob"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
)

const sessionName = "dash-session"

// expect: session-weak-secret
var store = sessions.NewCookieStore([]byte("secret"))

var oauthConf = &oauth2.Config{
	ClientID:     os.Getenv("GITHUB_CLIENT_ID"),
	ClientSecret: os.Getenv("GITHUB_CLIENT_SECRET"),
	Scopes:       []string{"read:user", "repo"},
	Endpoint:     github.Endpoint,
}

func init() {
	gob.Register(&oauth2.Token{})
	// expect: session-no-expiry, session-cookie-insecure
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 30,
		HttpOnly: false,
		Secure:   false,
	}
}

func callback(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, sessionName)
	if r.URL.Query().Get("state") != sess.Values["oauth_state"] {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := oauthConf.Exchange(context.Background(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	// expect: session-insecure-store
	sess.Values["access_token"] = tok.AccessToken
	sess.Values["login"] = true
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func preferences(w http.ResponseWriter, r *http.Request) {
	// safe: session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme"), Path: "/"})
	// safe: jwt-in-browser-storage
	w.Write([]byte(`<script>localStorage.setItem("sidebar", "collapsed")</script>`))
}

func logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, sessionName)
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/auth/callback", callback)
	r.HandleFunc("/prefs", preferences).Methods(http.MethodPost)
	r.HandleFunc("/logout", logout).Methods(http.MethodPost)
	log.Fatal(http.ListenAndServe(":8080", r))
}
