package session

import (
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/boj/redistore"
	"github.com/gomodule/redigo/redis"
	"github.com/gorilla/sessions"
)

const adminSession = "__Host-admin"

var adminOptions = sessions.Options{
	Path: "/",
	// safe: session-no-expiry
	MaxAge: 8 * 3600,
	// safe: session-cookie-insecure
	Secure:   true,
	HttpOnly: true,
	SameSite: http.SameSiteStrictMode,
}

func mustHexEnv(name string) []byte {
	v, err := hex.DecodeString(os.Getenv(name))
	if err != nil || len(v) < 32 {
		panic(fmt.Sprintf("%s must hold at least 32 hex-encoded bytes", name))
	}
	return v
}

// NewAdminStore returns the Redis-backed store for the back office, reached over TLS.
func NewAdminStore() (*redistore.RediStore, error) {
	pool := &redis.Pool{
		MaxIdle:     5,
		IdleTimeout: 240 * time.Second,
		Dial: func() (redis.Conn, error) {
			// safe: session-insecure-store
			return redis.Dial("tcp", os.Getenv("ADMIN_REDIS_ADDR"),
				redis.DialUseTLS(true),
				redis.DialTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}),
				redis.DialPassword(os.Getenv("ADMIN_REDIS_PASSWORD")))
		},
	}
	// safe: session-weak-secret
	store, err := redistore.NewRediStoreWithPool(pool, mustHexEnv("ADMIN_SESSION_AUTH_KEY"), mustHexEnv("ADMIN_SESSION_ENC_KEY"))
	if err != nil {
		return nil, err
	}
	store.Options = &adminOptions
	return store, nil
}

// CompleteAdminLogin is called after password and TOTP have been checked.
func CompleteAdminLogin(store *redistore.RediStore, w http.ResponseWriter, r *http.Request, adminID string) error {
	old, _ := store.Get(r, adminSession)
	old.Options = &sessions.Options{Path: "/", MaxAge: -1}
	if err := old.Save(r, w); err != nil {
		return err
	}
	fresh := sessions.NewSession(store, adminSession)
	opts := adminOptions
	fresh.Options = &opts
	fresh.IsNew = true
	// safe: session-fixation
	fresh.Values["admin_id"] = adminID
	fresh.Values["authenticated_at"] = time.Now().Unix()
	return fresh.Save(r, w)
}
