package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
)

type application struct {
	sessionManager *scs.SessionManager
	users          *UserModel
}

func newDevSessions() *scs.SessionManager {
	// expect: session-cookie-insecure
	sm := scs.New()
	// expect: session-no-expiry
	sm.Lifetime = 30 * 24 * time.Hour
	// expect: session-insecure-store
	sm.Store = memstore.New()
	return sm
}

func newCacheSessions() *scs.SessionManager {
	pool := &redis.Pool{
		MaxIdle: 10,
		Dial: func() (redis.Conn, error) {
			return redis.Dial("tcp", os.Getenv("REDIS_ADDR"))
		},
	}
	sm := scs.New()
	// expect: session-insecure-store
	sm.Store = redisstore.New(pool)
	// expect: session-no-expiry
	sm.IdleTimeout = 72 * time.Hour
	// expect: session-cookie-insecure
	sm.Cookie.Secure = false
	return sm
}

func newProdSessions(db *sql.DB) *scs.SessionManager {
	// safe: session-cookie-insecure
	sm := scs.New()
	// safe: session-insecure-store
	sm.Store = postgresstore.New(db)
	// safe: session-no-expiry
	sm.Lifetime = 8 * time.Hour
	// safe: session-no-expiry
	sm.IdleTimeout = 30 * time.Minute
	sm.Cookie.Name = "__Host-session"
	sm.Cookie.HttpOnly = true
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	return sm
}

func (app *application) loginPost(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	// expect: session-fixation
	app.sessionManager.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/snippet/create", http.StatusSeeOther)
}

func (app *application) loginPostSafe(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := app.sessionManager.RenewToken(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	// safe: session-fixation
	app.sessionManager.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/snippet/create", http.StatusSeeOther)
}

func (app *application) snippetCreatePost(w http.ResponseWriter, r *http.Request) {
	// safe: session-fixation
	app.sessionManager.Put(r.Context(), "flash", "Snippet successfully created!")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func main() {
	app := &application{sessionManager: newDevSessions()}
	if os.Getenv("ENV") == "production" {
		app.sessionManager = newProdSessions(openDB())
	}
	log.Fatal(http.ListenAndServe(":4000", app.sessionManager.LoadAndSave(app.routes())))
}
