package auth

import (
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	UserID int64 `json:"uid"`
	jwt.RegisteredClaims
}

func IssueMap(uid int64) (string, error) {
	// ruleid: golang-jwt-long-lived-token
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": uid,
		"exp": time.Now().Add(72 * time.Hour).Unix(),
	})
	return t.SignedString(key)
}

func IssueStruct(uid int64) (string, error) {
	claims := Claims{
		UserID: uid,
		// ruleid: golang-jwt-long-lived-token
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour * 24 * 7)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueV4(uid string) (string, error) {
	// ruleid: golang-jwt-long-lived-token
	expirationTime := time.Now().Add(24 * time.Hour)
	claims := &jwtv4.StandardClaims{Subject: uid, ExpiresAt: expirationTime.Unix()}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, claims).SignedString(key)
}

func IssueDays(uid string) (string, error) {
	claims := jwt.MapClaims{"sub": uid}
	// ruleid: golang-jwt-long-lived-token
	claims["exp"] = time.Now().AddDate(0, 0, 30).Unix()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueShort(uid string) (string, error) {
	// ok: golang-jwt-long-lived-token
	claims := jwt.MapClaims{"sub": uid, "exp": time.Now().Add(15 * time.Minute).Unix(), "iat": time.Now().Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssuePair(uid string) (string, string, error) {
	// ok: golang-jwt-long-lived-token
	accessExp := time.Now().Add(10 * time.Minute)
	access := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: uid, ExpiresAt: jwt.NewNumericDate(accessExp)})
	// ok: golang-jwt-long-lived-token
	refreshClaims := jwt.RegisteredClaims{Subject: uid, ExpiresAt: jwt.NewNumericDate(time.Now().Add(7 * 24 * time.Hour))}
	refresh := jwt.NewWithClaims(jwt.SigningMethodHS256, refreshClaims)
	a, _ := access.SignedString(key)
	r, err := refresh.SignedString(key)
	return a, r, err
}

func cacheEntry() time.Time {
	// ok: golang-jwt-long-lived-token
	expiry := time.Now().Add(24 * time.Hour)
	return expiry
}

const (
	// ruleid: golang-jwt-long-lived-token
	accessTokenTTL = 24 * time.Hour
	// ok: golang-jwt-long-lived-token
	shortTTL = 10 * time.Minute
	// ok: golang-jwt-long-lived-token
	refreshTokenTTL = 30 * 24 * time.Hour
)

func IssueConst(uid string) (string, error) {
	c := jwt.RegisteredClaims{Subject: uid, ExpiresAt: jwt.NewNumericDate(time.Now().Add(accessTokenTTL))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func IssueConstShort(uid string) (string, error) {
	// ok: golang-jwt-long-lived-token
	c := jwt.RegisteredClaims{Subject: uid, ExpiresAt: jwt.NewNumericDate(time.Now().Add(shortTTL))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}
