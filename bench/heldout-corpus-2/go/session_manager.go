package web

import (
	"database/sql"
	"net/http"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
	"golang.org/x/crypto/bcrypt"
)

type App struct {
	DB       *sql.DB
	Sessions *scs.SessionManager
}

func newSessionManager(redisAddr string) *scs.SessionManager {
	pool := &redis.Pool{
		MaxIdle:     10,
		IdleTimeout: 240 * time.Second,
		Dial: func() (redis.Conn, error) {
			// expect: session-insecure-store
			return redis.Dial("tcp", redisAddr)
		},
	}

	sm := scs.New()
	sm.Store = redisstore.New(pool)
	// expect: session-no-expiry
	sm.Lifetime = 30 * 24 * time.Hour
	sm.Cookie.Name = "shop_session"
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	// expect: session-cookie-insecure
	sm.Cookie.Secure = false
	sm.Cookie.Persist = true
	return sm
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	password := r.PostFormValue("password")

	var id int
	var hash []byte
	row := a.DB.QueryRowContext(r.Context(), "SELECT id, hashed_password FROM users WHERE email = ?", email)
	if err := row.Scan(&id, &hash); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := bcrypt.CompareHashAndPassword(hash, []byte(password)); err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}

	// expect: session-fixation
	a.Sessions.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/account", http.StatusSeeOther)
}

func (a *App) logout(w http.ResponseWriter, r *http.Request) {
	// safe: jwt-no-revocation
	if err := a.Sessions.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) setCurrency(w http.ResponseWriter, r *http.Request) {
	// safe: session-fixation
	a.Sessions.Put(r.Context(), "currency", r.PostFormValue("currency"))
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", a.login)
	mux.HandleFunc("/logout", a.logout)
	mux.HandleFunc("/currency", a.setCurrency)
	return a.Sessions.LoadAndSave(mux)
}
