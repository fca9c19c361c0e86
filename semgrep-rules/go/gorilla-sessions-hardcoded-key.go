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

// ruleid: gorilla-sessions-hardcoded-key
const defaultSessionSecret = "changeme"

// ok: gorilla-sessions-hardcoded-key
const defaultRedisURL = "redis://127.0.0.1:6379/0"

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func loadSessionConfig() *Config {
	return &Config{
		// ruleid: gorilla-sessions-hardcoded-key
		CookieSecret: getenv("COOKIE_SECRET", "dev-cookie-secret"),
		// ok: gorilla-sessions-hardcoded-key
		SessionSecret: getenv("SESSION_SECRET", defaultSessionSecret),
		// ok: gorilla-sessions-hardcoded-key
		RedisURL: getenv("SESSION_REDIS_URL", defaultRedisURL),
		// ok: gorilla-sessions-hardcoded-key
		StoreKey: os.Getenv("SESSION_STORE_KEY"),
	}
}
