package web

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func init() {
	// ruleid: gorilla-sessions-insecure-cookie-options
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   3600,
		Secure:   true,
		HttpOnly: true,
	}
}

func loginHandler(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	// ruleid: gorilla-sessions-insecure-cookie-options
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600}
	// ruleid: gorilla-sessions-insecure-cookie-options
	s.Options.HttpOnly = true
	_ = s.Save(r, w)
}

func secureStore() *sessions.CookieStore {
	st := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	// ok: gorilla-sessions-insecure-cookie-options
	st.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	return st
}

func logout(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	// ok: gorilla-sessions-insecure-cookie-options
	s.Options = &sessions.Options{MaxAge: -1}
	_ = s.Save(r, w)
}

func envStore(prod bool) {
	// ok: gorilla-sessions-insecure-cookie-options
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: prod, HttpOnly: true}
}

type kvStore struct {
	Codecs  []securecookie.Codec
	Options *sessions.Options
}

func newKvStore(keyPairs ...[]byte) *kvStore {
	return &kvStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		// ok: gorilla-sessions-insecure-cookie-options
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
	}
}

func plainStore(insecureCookies bool) *sessions.CookieStore {
	st := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	st.Options.HttpOnly = true
	// ruleid: gorilla-sessions-insecure-cookie-options
	st.Options.Secure = true
	return st
}

// the operator's plain-HTTP switch: the deployment decides
func configuredStore(insecureCookies bool) *sessions.CookieStore {
	st := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	st.Options.HttpOnly = true
	if insecureCookies {
		// ok: gorilla-sessions-insecure-cookie-options
		st.Options.Secure = false
	}
	return st
}
