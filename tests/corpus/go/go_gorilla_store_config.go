// Session store wiring for the storefront.
package storefront

import (
	"context"
	"crypto/tls"
	"log"
	"net/http"
	"os"

	"github.com/boj/redistore"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
)

// expect: session-weak-secret
var hashKey = []byte("storefront-hash-key")

// expect: session-weak-secret
const blockKey = "0123456789abcdef"

var sc = securecookie.New(hashKey, []byte(blockKey))

func redisStore() *redistore.RediStore {
	// expect: session-insecure-store, session-weak-secret
	store, err := redistore.NewRediStore(10, "tcp", ":6379", "", []byte("redis-session-secret"))
	if err != nil {
		log.Fatal(err)
	}
	// expect: session-no-expiry
	store.SetMaxAge(86400 * 14)
	// expect: session-cookie-insecure
	store.Options.Secure = false
	return store
}

func goRedisStore(ctx context.Context) *redisstore.RedisStore {
	// expect: session-insecure-store
	client := redis.NewClient(&redis.Options{
		Addr:     os.Getenv("REDIS_ADDR"),
		Password: os.Getenv("REDIS_PASSWORD"),
	})
	store, err := redisstore.NewRedisStore(ctx, client)
	if err != nil {
		log.Fatal(err)
	}
	store.KeyPrefix("sess_")
	return store
}

func goRedisStoreTLS(ctx context.Context) *redisstore.RedisStore {
	// safe: session-insecure-store
	client := redis.NewClient(&redis.Options{
		Addr:      os.Getenv("REDIS_ADDR"),
		Password:  os.Getenv("REDIS_PASSWORD"),
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	})
	store, err := redisstore.NewRedisStore(ctx, client)
	if err != nil {
		log.Fatal(err)
	}
	// safe: session-cookie-insecure, session-no-expiry
	store.Options(sessions.Options{Path: "/", MaxAge: 7200, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return store
}

func rateLimiter() *redis.Client {
	// safe: session-insecure-store
	return redis.NewClient(&redis.Options{Addr: "localhost:6379", DB: 2})
}

func fileStore() *sessions.FilesystemStore {
	// safe: session-weak-secret
	fs := sessions.NewFilesystemStore(os.TempDir(), securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))
	// safe: session-no-expiry
	fs.MaxAge(3600)
	return fs
}
