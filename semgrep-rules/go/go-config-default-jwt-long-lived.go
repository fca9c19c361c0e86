package config

import (
	"os"

	"github.com/spf13/viper"
)

var (
	// PORT returns the server listening port
	PORT = getEnv("PORT", "5000")
	// TOKENKEY returns the jwt token secret
	TOKENKEY = getEnv("TOKEN_KEY", "")
	// ruleid: go-config-default-jwt-long-lived
	TOKENEXP = getEnv("TOKEN_EXP", "10h")
	// ok: go-config-default-jwt-long-lived
	REFRESHEXP = getEnv("REFRESH_TOKEN_EXP", "720h")
	// ok: go-config-default-jwt-long-lived
	SHORTEXP = getEnv("JWT_EXPIRATION", "15m")
	// ok: go-config-default-jwt-long-lived
	READTIMEOUT = getEnv("HTTP_READ_TIMEOUT", "30m")
)

func init() {
	// ruleid: go-config-default-jwt-long-lived
	viper.SetDefault("jwt.expire", "72h")
	// ruleid: go-config-default-jwt-long-lived
	viper.SetDefault("auth.access_token_ttl", "60m")
	// ok: go-config-default-jwt-long-lived
	viper.SetDefault("auth.access_token_ttl_short", "10m")
	// ok: go-config-default-jwt-long-lived
	viper.SetDefault("jwt.refresh_expire", "168h")
	// ok: go-config-default-jwt-long-lived
	viper.SetDefault("session.expire", "24h")
	// ruleid: go-config-default-jwt-long-lived
	jwtTTL := env.GetEnvOrDefault("JWT_TTL", "1h")
	_ = jwtTTL
}

func getEnv(name string, fallback string) string {
	if value, exists := os.LookupEnv(name); exists {
		return value
	}
	return fallback
}
