package web

import (
	"os"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// ruleid: gorilla-sessions-hardcoded-key
var store = sessions.NewCookieStore([]byte("super-secret-key"))

// ruleid: gorilla-sessions-hardcoded-key
var sessionKey = []byte("0123456789abcdef0123456789abcdef")

var fsStore = sessions.NewFilesystemStore("/tmp/sessions", sessionKey)

// ruleid: gorilla-sessions-hardcoded-key
const hashKey = "very-secret"

var sc = securecookie.New([]byte(hashKey), nil)

func newStore() *sessions.CookieStore {
	key := os.Getenv("SESSION_SECRET")
	if key == "" {
		// ruleid: gorilla-sessions-hardcoded-key
		key = "keyboard cat"
	}
	return sessions.NewCookieStore([]byte(key))
}

// ok: gorilla-sessions-hardcoded-key
var envStore = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")), []byte(os.Getenv("SESSION_ENC_KEY")))

// ok: gorilla-sessions-hardcoded-key
var randStore = sessions.NewCookieStore(securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))

// ok: gorilla-sessions-hardcoded-key
var cookieName = "app_session"

type Cfg struct{ SessionKey, Addr string }

// ruleid: gorilla-sessions-hardcoded-key
var cfg = Cfg{SessionKey: "hunter2hunter2", Addr: ":80"}

// ok: gorilla-sessions-hardcoded-key
var cfg2 = Cfg{SessionKey: os.Getenv("SESSION_KEY"), Addr: ":80"}
