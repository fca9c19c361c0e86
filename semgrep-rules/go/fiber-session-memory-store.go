package middleware

import (
	"time"

	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/storage/redis/v3"
)

var Store *session.Store

func Setup() {
	// ruleid: fiber-session-memory-store
	Store = session.New(session.Config{
		CookieHTTPOnly: true,
		CookieSecure:   true,
		Expiration:     time.Hour,
	})
}

func SetupDefault() *session.Store {
	// ruleid: fiber-session-memory-store
	return session.New()
}

func SetupRedis() *session.Store {
	storage := redis.New(redis.Config{URL: "rediss://cache.internal:6380", TLSConfig: tlsConfig()})
	// ok: fiber-session-memory-store
	return session.New(session.Config{Storage: storage, CookieSecure: true, CookieHTTPOnly: true})
}

// fiber v3: NewStore builds the store the handlers use
func SetupV3() *session.Store {
	// ruleid: fiber-session-memory-store
	return session.NewStore(session.Config{
		CookieSecure: true,
	})
}

func SetupV3Redis(storage fiber.Storage) *session.Store {
	// ok: fiber-session-memory-store
	return session.NewStore(session.Config{Storage: storage, CookieSecure: true})
}
