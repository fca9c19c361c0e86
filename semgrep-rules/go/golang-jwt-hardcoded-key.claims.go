package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	AccessTTL  = 10 * time.Minute
	RefreshTTL = 24 * time.Hour
)

// signed with in the handlers package
// ruleid: golang-jwt-hardcoded-key
var SigningSecret = []byte("correct horse battery staple")

// ruleid: golang-jwt-hardcoded-key
var TokenKey = "orders-hmac-phrase"

// read at start-up
// ok: golang-jwt-hardcoded-key
var VerifyKey = []byte(mustEnv("JWT_VERIFY_KEY"))

// not a key
// ok: golang-jwt-hardcoded-key
var HeaderKey = "Authorization"

// ok: golang-jwt-hardcoded-key
var CacheKeyPrefix = "tok:"

// unexported and unused here: the package may read it from elsewhere
// ok: golang-jwt-hardcoded-key
var issuerName = "orders"

type Claims struct {
	UserID int64 `json:"uid"`
	jwt.RegisteredClaims
}

func mustEnv(k string) string { return k }

// ok: golang-jwt-hardcoded-key
var PublicKeyPEM = "-----BEGIN PUBLIC KEY-----"

// used in this file: reported once, from the definition to the use
// ruleid: golang-jwt-hardcoded-key
var LocalSecret = []byte("local-signing-phrase")

func sign(c Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(LocalSecret)
}
