// Session infrastructure shared by the gin services.
package infra

import (
	"context"
	"crypto/tls"
	"log"
	"os"
	"time"

	"github.com/alexedwards/scs/goredisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/postgres"
	ginredis "github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
)

func GinSessions(r *gin.Engine) {
	// expect: session-insecure-store
	store, err := ginredis.NewStoreWithDB(10, "tcp", os.Getenv("REDIS_ADDR"), os.Getenv("REDIS_PASSWORD"), "1", []byte(os.Getenv("SESSION_SECRET")))
	if err != nil {
		log.Fatal(err)
	}
	r.Use(sessions.Sessions("svc", store))
}

func GinPostgresSessions(r *gin.Engine) {
	// safe: session-insecure-store
	store, err := postgres.NewStore(openDB(), []byte(os.Getenv("SESSION_SECRET")))
	if err != nil {
		log.Fatal(err)
	}
	r.Use(sessions.Sessions("svc", store))
}

func ScsRedis() *scs.SessionManager {
	// expect: session-insecure-store
	client := redis.NewClient(&redis.Options{Addr: "cache.internal:6379"})
	sm := scs.New()
	sm.Store = goredisstore.New(client)
	// safe: session-no-expiry
	sm.Lifetime = 12 * time.Hour
	sm.Cookie.Secure = true
	return sm
}

func ScsRedisTLS() *scs.SessionManager {
	// safe: session-insecure-store
	client := redis.NewClient(&redis.Options{
		Addr:      "cache.internal:6380",
		Username:  "sessions",
		Password:  os.Getenv("REDIS_PASSWORD"),
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12, ServerName: "cache.internal"},
	})
	sm := scs.New()
	sm.Store = goredisstore.New(client)
	sm.Cookie.Secure = true
	return sm
}

func GorillaRedisFromURL(ctx context.Context) *redisstore.RedisStore {
	// expect: session-insecure-store
	opt, err := redis.ParseURL("redis://default:" + os.Getenv("REDIS_PASSWORD") + "@redis:6379/0")
	if err != nil {
		log.Fatal(err)
	}
	store, err := redisstore.NewRedisStore(ctx, redis.NewClient(opt))
	if err != nil {
		log.Fatal(err)
	}
	return store
}

func GorillaRedisFromEnvURL(ctx context.Context) *redisstore.RedisStore {
	// safe: session-insecure-store
	opt, err := redis.ParseURL(os.Getenv("REDIS_TLS_URL"))
	if err != nil {
		log.Fatal(err)
	}
	store, _ := redisstore.NewRedisStore(ctx, redis.NewClient(opt))
	return store
}

func RateLimitClient() *redis.Client {
	// safe: session-insecure-store
	opt, _ := redis.ParseURL("redis://localhost:6379/3")
	return redis.NewClient(opt)
}
