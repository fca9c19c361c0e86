package auth

import (
	"flag"
	"os"
	"time"

	"github.com/spf13/viper"
	"gopkg.in/ini.v1"

	"github.com/golang-jwt/jwt/v5"
)

// ruleid: golang-jwt-hardcoded-key
var jwtKey = []byte("my_secret_key")

// ruleid: golang-jwt-hardcoded-key
const refreshSecret = "refresh-secret-2024"

var cacheTTL = time.Minute

func Issue(sub string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
	return t.SignedString(jwtKey)
}

func IssueRefresh(sub string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
	return t.SignedString([]byte(refreshSecret))
}

func IssueInline(sub string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
	// ruleid: golang-jwt-hardcoded-key
	return t.SignedString([]byte("secret"))
}

func Verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ruleid: golang-jwt-hardcoded-key
		return []byte("secret"), nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func secretFromEnv() []byte {
	s := os.Getenv("JWT_SECRET")
	if s == "" {
		// ruleid: golang-jwt-hardcoded-key
		s = "dev-secret"
	}
	return []byte(s)
}

func getEnv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

// ruleid: golang-jwt-hardcoded-key
var signingKey = []byte(getEnv("JWT_SECRET", "changeme"))

// ok: golang-jwt-hardcoded-key
var envKey = []byte(os.Getenv("JWT_SECRET"))

// ok: golang-jwt-hardcoded-key
var appName = []byte("orders")

func IssueEnv(sub string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
	// ok: golang-jwt-hardcoded-key
	return t.SignedString(envKey)
}

func IssueEnv2(sub string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub, "app": string(appName)})
	// ok: golang-jwt-hardcoded-key
	return t.SignedString([]byte(os.Getenv("JWT_SECRET")))
}

type Settings struct {
	JWTSecret string
	Addr      string
}

// ruleid: golang-jwt-hardcoded-key
var defaults = Settings{Addr: ":8080", JWTSecret: "dev-secret"}

// ok: golang-jwt-hardcoded-key
var fromEnv = Settings{Addr: ":8080", JWTSecret: os.Getenv("JWT_SECRET")}

func internalKey() []byte {
	k := os.Getenv("IDENTITY_INTERNAL_KEY")
	if k == "" {
		// ruleid: golang-jwt-hardcoded-key
		k = "internal-dev-key"
	}
	return []byte(k)
}

func stripeKey() string {
	k := os.Getenv("STRIPE_API_KEY")
	if k == "" {
		// ok: golang-jwt-hardcoded-key
		k = "sk_test_123"
	}
	return k
}

var signingKey string

func loadServerSection(f *ini.File) {
	// ruleid: golang-jwt-hardcoded-key
	signingKey = f.Section("server").Key("JwtKey").MustString("k3y-from-the-readme")
	// ok: golang-jwt-hardcoded-key
	_ = f.Section("server").Key("HttpPort").MustString(":3000")
	// ok: golang-jwt-hardcoded-key
	_ = f.Section("server").Key("JwtKey").String()
}

func configDefaults() {
	// ruleid: golang-jwt-hardcoded-key
	viper.SetDefault("auth.jwt_secret", "change-me")
	// ok: golang-jwt-hardcoded-key
	viper.SetDefault("auth.jwt_ttl", "15m")
}

// ruleid: golang-jwt-hardcoded-key
var flagKey = flag.String("jwt-secret", "insecure-default", "HMAC key for access tokens")

// ok: golang-jwt-hardcoded-key
var flagKeyRequired = flag.String("jwt-secret-file", "", "file holding the HMAC key")

type EnvConfig struct {
	// ruleid: golang-jwt-hardcoded-key
	JWTSecret string `env:"JWT_SECRET" envDefault:"supersecret"`
	// ok: golang-jwt-hardcoded-key
	JWTIssuer string `env:"JWT_ISSUER" envDefault:"api"`
	// ok: golang-jwt-hardcoded-key
	TokenSecret string `env:"TOKEN_SECRET,required"`
}

func registerEchoAPI(e *echo.Echo) {
	api := e.Group("/api")
	// ruleid: golang-jwt-hardcoded-key
	api.Use(echojwt.JWT([]byte("echo-dev-secret")))
	// ok: golang-jwt-hardcoded-key
	api.Use(echojwt.JWT([]byte(os.Getenv("JWT_SECRET"))))
}

func ginAuthMiddleware() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm: "zone",
		// ruleid: golang-jwt-hardcoded-key
		Key:        []byte("gin secret key"),
		Timeout:    15 * time.Minute,
		MaxRefresh: time.Hour,
	})
}

func legacySecret() []byte {
	if s := os.Getenv("LEGACY_JWT_SECRET"); s != "" {
		return []byte(s)
	}
	// ruleid: golang-jwt-hardcoded-key
	return []byte("secret")
}

func legacySecretStrict() []byte {
	s := os.Getenv("LEGACY_JWT_SECRET")
	if s == "" {
		// ok: golang-jwt-hardcoded-key
		panic("LEGACY_JWT_SECRET is required")
	}
	return []byte(s)
}

func cookieName() string {
	if s := os.Getenv("COOKIE_NAME"); s != "" {
		return s
	}
	// ok: golang-jwt-hardcoded-key
	return "sid"
}
