package web

import (
	"context"
	"crypto/tls"
	"os"

	"github.com/boj/redistore"
	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
)

func stores() {
	// ruleid: gorilla-sessions-insecure-store
	rs, _ := redistore.NewRediStore(10, "tcp", ":6379", "", []byte(os.Getenv("SESSION_KEY")))
	defer rs.Close()

	// ruleid: gorilla-sessions-insecure-store
	client := redis.NewClient(&redis.Options{Addr: "redis.internal:6379", Password: os.Getenv("REDIS_PASSWORD")})
	store, _ := redisstore.NewRedisStore(context.Background(), client)
	_ = store
}

func tlsStore() {
	// ok: gorilla-sessions-insecure-store
	client := redis.NewClient(&redis.Options{
		Addr:      "redis.internal:6380",
		Password:  os.Getenv("REDIS_PASSWORD"),
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	})
	store, _ := redisstore.NewRedisStore(context.Background(), client)
	_ = store
}

func cacheOnly() *redis.Client {
	// ok: gorilla-sessions-insecure-store
	return redis.NewClient(&redis.Options{Addr: "localhost:6379"})
}

func urlStore(ctx context.Context) {
	// ruleid: gorilla-sessions-insecure-store
	opt, _ := redis.ParseURL("redis://:pw@redis.internal:6379/0")
	store, _ := redisstore.NewRedisStore(ctx, redis.NewClient(opt))
	_ = store
}

func urlCache() *redis.Client {
	// ok: gorilla-sessions-insecure-store
	opt, _ := redis.ParseURL("redis://localhost:6379/1")
	return redis.NewClient(opt)
}

func newScsSessions() (*scs.SessionManager, error) {
	// ok: gorilla-sessions-insecure-store
	opts, err := redis.ParseURL("redis://support-cache:6379/3")
	if err != nil {
		return nil, err
	}
	sm := scs.New()
	sm.Store = goredisstore.New(redis.NewClient(opts))
	return sm, nil
}

func loadConfig() *Config {
	return &Config{
		// ruleid: gorilla-sessions-insecure-store
		SessionRedisURL: getenv("SESSION_REDIS_URL", "redis://127.0.0.1:6379/0"),
		// ok: gorilla-sessions-insecure-store
		RateLimitURL: getenv("RATE_LIMIT_REDIS_URL", "redis://127.0.0.1:6379/1"),
		// ok: gorilla-sessions-insecure-store
		EdgeSessionRedisURL: getenv("SESSION_REDIS_URL", "rediss://sessions.prod.internal:6380/0"),
	}
}
