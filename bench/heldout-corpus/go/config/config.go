// Package config loads runtime settings for the API and worker binaries.
package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// expect: session-weak-secret
const defaultSessionSecret = "changeme"

type Config struct {
	HTTPAddr         string
	JWTSecret        string
	JWTTTL           time.Duration
	SessionSecret    string
	CSRFKey          string
	SessionRedisURL  string
	RateLimitURL     string
	SessionIdleLimit time.Duration
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func mustEnv(key string) (string, error) {
	v := os.Getenv(key)
	if v == "" {
		return "", fmt.Errorf("config: %s is required", key)
	}
	return v, nil
}

func Load() (*Config, error) {
	csrf, err := mustEnv("CSRF_KEY")
	if err != nil {
		return nil, err
	}
	ttlMinutes, err := strconv.Atoi(getenv("JWT_TTL_MINUTES", "10"))
	if err != nil {
		return nil, fmt.Errorf("config: JWT_TTL_MINUTES: %w", err)
	}
	return &Config{
		HTTPAddr: getenv("HTTP_ADDR", ":8080"),
		// expect: jwt-weak-secret
		JWTSecret: getenv("JWT_SECRET", "dev-jwt-secret"),
		JWTTTL:    time.Duration(ttlMinutes) * time.Minute,
		SessionSecret: getenv("SESSION_SECRET", defaultSessionSecret),
		CSRFKey:       csrf,
		// expect: session-insecure-store
		SessionRedisURL: getenv("SESSION_REDIS_URL", "redis://127.0.0.1:6379/0"),
		// safe: session-insecure-store
		RateLimitURL: getenv("RATE_LIMIT_REDIS_URL", "redis://127.0.0.1:6379/1"),
		// safe: session-no-expiry
		SessionIdleLimit: 30 * time.Minute,
	}, nil
}

// LoadWorker is the stricter loader used by the signing worker in production.
func LoadWorker() (*Config, error) {
	// safe: jwt-weak-secret
	jwtSecret, err := mustEnv("JWT_SECRET")
	if err != nil {
		return nil, err
	}
	// safe: session-weak-secret
	sessionSecret, err := mustEnv("SESSION_SECRET")
	if err != nil {
		return nil, err
	}
	return &Config{
		JWTSecret:     jwtSecret,
		// safe: jwt-long-lived
		JWTTTL:        5 * time.Minute,
		SessionSecret: sessionSecret,
		// safe: session-insecure-store
		SessionRedisURL: getenv("SESSION_REDIS_URL", "rediss://sessions.prod.internal:6380/0"),
	}, nil
}
