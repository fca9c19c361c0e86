package session

import (
	"crypto/tls"
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/goredisstore"
	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
	"github.com/redis/go-redis/v9"
	"golang.org/x/crypto/bcrypt"
)

// NewPortalSessions backs the partner portal.
func NewPortalSessions() *scs.SessionManager {
	// expect: session-insecure-store
	sm := scs.New()
	// expect: session-no-expiry
	sm.Lifetime = 30 * 24 * time.Hour
	sm.Cookie.Name = "portal_session"
	sm.Cookie.Persist = true
	// expect: session-cookie-insecure
	sm.Cookie.Secure = false
	return sm
}

// NewSupportSessions backs the support desk, shared by several replicas.
func NewSupportSessions() (*scs.SessionManager, error) {
	opts, err := redis.ParseURL("redis://support-cache:6379/3")
	if err != nil {
		return nil, err
	}
	sm := scs.New()
	// expect: session-insecure-store
	sm.Store = goredisstore.New(redis.NewClient(opts))
	// safe: session-no-expiry
	sm.IdleTimeout = 20 * time.Minute
	sm.Lifetime = 8 * time.Hour
	// safe: session-cookie-insecure
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteStrictMode
	return sm, nil
}

// NewBillingSessions keeps billing sessions in Postgres, or in Redis over TLS for the edge nodes.
func NewBillingSessions(db *sql.DB) *scs.SessionManager {
	sm := scs.New()
	if os.Getenv("SESSION_BACKEND") == "redis" {
		client := redis.NewClient(&redis.Options{
			Addr:      os.Getenv("BILLING_REDIS_ADDR"),
			Password:  os.Getenv("BILLING_REDIS_PASSWORD"),
			TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
		})
		// safe: session-insecure-store
		sm.Store = goredisstore.New(client)
	} else {
		// safe: session-insecure-store
		sm.Store = postgresstore.New(db)
	}
	sm.IdleTimeout = 30 * time.Minute
	sm.Lifetime = 12 * time.Hour
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	return sm
}

type Partners interface {
	Authenticate(login string) (id int64, hash []byte, err error)
}

func PortalLogin(sm *scs.SessionManager, partners Partners) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, hash, err := partners.Authenticate(r.PostFormValue("login"))
		if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(r.PostFormValue("password"))) != nil {
			http.Error(w, "invalid credentials", http.StatusUnauthorized)
			return
		}
		// expect: session-fixation
		sm.Put(r.Context(), "partnerID", id)
		http.Redirect(w, r, "/portal", http.StatusSeeOther)
	}
}

func SupportLogin(sm *scs.SessionManager, partners Partners) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, hash, err := partners.Authenticate(r.PostFormValue("login"))
		if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(r.PostFormValue("password"))) != nil {
			http.Error(w, "invalid credentials", http.StatusUnauthorized)
			return
		}
		if err := sm.RenewToken(r.Context()); err != nil {
			http.Error(w, "session error", http.StatusInternalServerError)
			return
		}
		// safe: session-fixation
		sm.Put(r.Context(), "agentID", id)
		http.Redirect(w, r, "/desk", http.StatusSeeOther)
	}
}

func SupportLogout(sm *scs.SessionManager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		// safe: jwt-no-revocation
		if err := sm.Destroy(r.Context()); err != nil {
			http.Error(w, "session error", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/login", http.StatusSeeOther)
	}
}
