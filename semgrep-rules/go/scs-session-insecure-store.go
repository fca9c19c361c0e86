package main

import (
	"database/sql"
	"os"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
)

func setup() *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = true
	// ruleid: scs-session-insecure-store
	sm.Store = memstore.New()
	// ruleid: scs-session-insecure-store
	pool := &redis.Pool{MaxIdle: 10, Dial: func() (redis.Conn, error) { return redis.Dial("tcp", os.Getenv("REDIS_ADDR")) }}
	sm.Store = redisstore.New(pool)
	return sm
}

func setupTLS() *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = true
	// ok: scs-session-insecure-store
	pool := &redis.Pool{MaxIdle: 10, Dial: func() (redis.Conn, error) {
		return redis.Dial("tcp", os.Getenv("REDIS_ADDR"), redis.DialUseTLS(true))
	}}
	sm.Store = redisstore.New(pool)
	// ok: scs-session-insecure-store
	sm.Store = postgresstore.New(db)
	return sm
}

var sessions *scs.SessionManager

func configureSessions(secure bool) {
	// ruleid: scs-session-insecure-store
	sessions = scs.New()
	sessions.Lifetime = 12 * time.Hour
	sessions.Cookie.Secure = secure
}

func configureSessionsPg(db *sql.DB) *scs.SessionManager {
	// ok: scs-session-insecure-store
	sm := scs.New()
	sm.Store = postgresstore.New(db)
	return sm
}

func newSupportSessions() (*scs.SessionManager, error) {
	// ruleid: scs-session-insecure-store
	opts, err := redis.ParseURL("redis://support-cache:6379/3")
	if err != nil {
		return nil, err
	}
	sm := scs.New()
	sm.Store = goredisstore.New(redis.NewClient(opts))
	return sm, nil
}

func newEdgeSessions() (*scs.SessionManager, error) {
	// ok: scs-session-insecure-store
	opts, err := redis.ParseURL("rediss://edge-cache:6380/3")
	if err != nil {
		return nil, err
	}
	client := redis.NewClient(opts)
	sm := scs.New()
	sm.Store = goredisstore.New(client)
	return sm, nil
}
