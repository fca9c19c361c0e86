package admin

import (
	"context"
	"crypto/tls"
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
)

// previewStore holds the draft-preview flag only; keys are regenerated on boot.
// safe: session-weak-secret
var previewStore = sessions.NewCookieStore(securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))

type Portal struct {
	DB       *sql.DB
	Sessions *scs.SessionManager
	Users    UserRepo
}

type UserRepo interface {
	Authenticate(ctx context.Context, email, password string) (int64, error)
}

func NewPortal(db *sql.DB, users UserRepo) *Portal {
	sm := scs.New()
	// safe: session-insecure-store
	sm.Store = postgresstore.New(db)
	// safe: session-no-expiry
	sm.IdleTimeout = 20 * time.Minute
	// safe: session-no-expiry
	sm.Lifetime = 8 * time.Hour
	sm.Cookie.Name = "__Host-admin"
	sm.Cookie.Path = "/"
	// safe: session-cookie-insecure
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteStrictMode
	return &Portal{DB: db, Sessions: sm, Users: users}
}

func (p *Portal) SignIn(w http.ResponseWriter, r *http.Request) {
	uid, err := p.Users.Authenticate(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := p.Sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	// safe: session-fixation
	p.Sessions.Put(r.Context(), "adminID", uid)
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
}

// NewFlashStore keeps short-lived flash messages for the legacy pages in Redis.
func NewFlashStore(ctx context.Context) (*redisstore.RedisStore, error) {
	// safe: session-insecure-store
	client := redis.NewClient(&redis.Options{
		Addr:      os.Getenv("REDIS_ADDR"),
		Password:  os.Getenv("REDIS_PASSWORD"),
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	})
	st, err := redisstore.NewRedisStore(ctx, client)
	if err != nil {
		return nil, err
	}
	// safe: session-cookie-insecure, session-no-expiry
	st.Options(sessions.Options{
		Path:     "/",
		MaxAge:   3600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	return st, nil
}
