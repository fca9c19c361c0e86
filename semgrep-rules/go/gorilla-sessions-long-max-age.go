package web

import (
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func init() {
	// ruleid: gorilla-sessions-long-max-age
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 30, Secure: true, HttpOnly: true}
	// ruleid: gorilla-sessions-long-max-age
	store.MaxAge(60 * 60 * 24 * 7)
}

func remember(s *sessions.Session) {
	// ruleid: gorilla-sessions-long-max-age
	s.Options.MaxAge = 604800
}

func short() {
	// ok: gorilla-sessions-long-max-age
	store.Options = &sessions.Options{Path: "/", MaxAge: 8 * 3600, Secure: true, HttpOnly: true}
	// ok: gorilla-sessions-long-max-age
	store.MaxAge(3600)
}

type kvStore struct {
	Codecs  []securecookie.Codec
	Options *sessions.Options
}

func newKvStore(keyPairs ...[]byte) *kvStore {
	return &kvStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		// ok: gorilla-sessions-long-max-age
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
	}
}

func appStore() *sessions.Options {
	// ruleid: gorilla-sessions-long-max-age
	return &sessions.Options{Path: "/", MaxAge: 86400 * 30, HttpOnly: true, Secure: true}
}
