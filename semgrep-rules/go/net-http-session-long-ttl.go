package home

import (
	"time"

	"example.com/app/internal/timeutil"
)

type httpConfig struct {
	Address    string
	SessionTTL timeutil.Duration
}

var config = &configuration{
	AuthAttempts: 5,
	HTTPConfig: httpConfig{
		Address: "0.0.0.0:3000",
		// ruleid: net-http-session-long-ttl
		SessionTTL: timeutil.Duration(30 * timeutil.Day),
	},
}

// ruleid: net-http-session-long-ttl
const sessionLifetime = 7 * 24 * time.Hour

// ok: net-http-session-long-ttl
const defaultSessionTTL = 8 * time.Hour

// ok: net-http-session-long-ttl
const rememberMeTTL = 30 * 24 * time.Hour

func newStore(s *Store) {
	// ruleid: net-http-session-long-ttl
	s.SessionMaxAge = time.Hour * 24 * 14
	// ok: net-http-session-long-ttl
	s.SessionIdleTimeout = 30 * time.Minute
	// ok: net-http-session-long-ttl
	s.CacheTTL = 72 * time.Hour
}
