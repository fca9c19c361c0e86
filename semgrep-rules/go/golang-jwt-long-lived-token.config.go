package config

const (
	defaultServerPort = 8080
	// ruleid: golang-jwt-long-lived-token
	defaultJWTExpirationHours = 72
	// ok: golang-jwt-long-lived-token
	defaultRefreshTokenExpirationHours = 720
	// ok: golang-jwt-long-lived-token
	jwtExpirationMinutes = 15
	// ruleid: golang-jwt-long-lived-token
	AccessTokenExpireMinutes = 60
	// ok: golang-jwt-long-lived-token
	sessionCookieTTLDays = 30
	// ok: golang-jwt-long-lived-token
	TokenExpireSeconds = 900
)

// ruleid: golang-jwt-long-lived-token
var TokenTTLDays = 7

// Config represents an application configuration.
type Config struct {
	// JWT expiration in hours. Defaults to 72 hours (3 days)
	JWTExpiration int `yaml:"jwt_expiration" env:"JWT_EXPIRATION"`
}
