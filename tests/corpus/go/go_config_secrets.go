// Package config loads runtime settings from the environment.
package config

import (
	"log"
	"os"
	"strconv"
	"time"
)

type Config struct {
	JWTSecret     []byte
	SessionSecret []byte
	TokenTTL      time.Duration
	RedisURL      string
}

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func mustEnv(key string) string {
	v := os.Getenv(key)
	if v == "" {
		log.Fatalf("%s must be set", key)
	}
	return v
}

func Load() Config {
	ttl, _ := strconv.Atoi(getEnv("TOKEN_TTL_MINUTES", "15"))
	return Config{
		// expect: jwt-weak-secret
		JWTSecret: []byte(getEnv("JWT_SECRET", "change-me-in-production")),
		// expect: session-weak-secret
		SessionSecret: []byte(getEnv("SESSION_SECRET", "keyboard cat")),
		TokenTTL:      time.Duration(ttl) * time.Minute,
		// safe: session-insecure-store
		RedisURL: getEnv("REDIS_URL", ""),
	}
}

func LoadStrict() Config {
	return Config{
		// safe: jwt-weak-secret
		JWTSecret: []byte(mustEnv("JWT_SECRET")),
		// safe: session-weak-secret
		SessionSecret: []byte(mustEnv("SESSION_SECRET")),
		TokenTTL:      15 * time.Minute,
	}
}

func jwtKey() []byte {
	secret := os.Getenv("JWT_SIGNING_KEY")
	if secret == "" {
		log.Println("JWT_SIGNING_KEY not set, using development key")
		// expect: jwt-weak-secret
		secret = "dev-signing-key"
	}
	return []byte(secret)
}

func sessionKey() []byte {
	sessionSecret := os.Getenv("APP_SESSION_KEY")
	if sessionSecret == "" {
		// expect: session-weak-secret
		sessionSecret = "insecure-default-session-key"
	}
	return []byte(sessionSecret)
}

func listenAddr() string {
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	return addr
}
