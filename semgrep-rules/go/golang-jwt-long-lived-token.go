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
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": uid,
		// ruleid: golang-jwt-long-lived-token
		"exp": time.Now().Add(72 * time.Hour).Unix(),
	})
	return t.SignedString(key)
}

func IssueStruct(uid int64) (string, error) {
	claims := Claims{
		UserID: uid,
		RegisteredClaims: jwt.RegisteredClaims{
			// ruleid: golang-jwt-long-lived-token
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

type legacyClaims struct {
	Login string
	jwtv4.StandardClaims
}

func IssueLegacyUnixSeconds(login string) (string, error) {
	c := legacyClaims{
		login,
		jwtv4.StandardClaims{
			Issuer: "svc",
			// ruleid: golang-jwt-long-lived-token
			ExpiresAt: time.Now().Unix() + 604800,
		},
	}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, c).SignedString(key)
}

func IssueFromStartTime(login string) (string, error) {
	startedAt := time.Now()
	// ruleid: golang-jwt-long-lived-token
	expireAt := startedAt.Add(6 * time.Hour)
	c := legacyClaims{login, jwtv4.StandardClaims{ExpiresAt: expireAt.Unix()}}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, c).SignedString(key)
}

func IssueFromStartTimeShort(login string) (string, error) {
	startedAt := time.Now()
	// ok: golang-jwt-long-lived-token
	expireAt := startedAt.Add(10 * time.Minute)
	c := legacyClaims{login, jwtv4.StandardClaims{ExpiresAt: expireAt.Unix()}}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, c).SignedString(key)
}

func IssueUntilShiftEnd(login string) (string, error) {
	// ruleid: golang-jwt-long-lived-token
	until := time.Now().Add(8 * time.Hour)
	c := jwt.RegisteredClaims{Subject: login, ExpiresAt: jwt.NewNumericDate(until)}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func IssueWithAudit(login string) (string, error) {
	// ok: golang-jwt-long-lived-token
	retainAuditUntil := time.Now().Add(48 * time.Hour)
	audit(login, retainAuditUntil)
	c := jwt.RegisteredClaims{Subject: login, ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func LoginHandler(userID string) (string, error) {
	// ruleid: golang-jwt-long-lived-token
	token, err := config.GenerateJWT(userID, time.Now().AddDate(0, 2, 0))
	return token, err
}

func LoginHandlerShort(userID string) (string, error) {
	// ok: golang-jwt-long-lived-token
	token, err := config.GenerateJWT(userID, time.Now().Add(10*time.Minute))
	return token, err
}

func LoginHandlerDay(userID string) (string, error) {
	// ruleid: golang-jwt-long-lived-token
	return createToken(userID, time.Now().Add(24*time.Hour))
}

func RefreshHandler(userID string) (string, error) {
	// ok: golang-jwt-long-lived-token
	return GenerateRefreshToken(userID, time.Now().AddDate(0, 0, 30))
}

func ScheduleCleanup(userID string) {
	// ok: golang-jwt-long-lived-token
	scheduleDeletion(userID, time.Now().AddDate(0, 1, 0))
}

// the lifetime comes from configuration: the multiplier decides, not time.Hour
func createAccessTokenConfigured(user *User, secret string, expiry int) (string, error) {
	// ok: golang-jwt-long-lived-token
	exp := time.Now().Add(time.Hour * time.Duration(expiry)).Unix()
	claims := &CustomClaims{Name: user.Name, StandardClaims: jwt.StandardClaims{ExpiresAt: exp}}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte(secret))
}

func createAccessTokenOneHour(user *User, secret string) (string, error) {
	// ruleid: golang-jwt-long-lived-token
	exp := time.Now().Add(time.Hour).Unix()
	claims := &CustomClaims{Name: user.Name, StandardClaims: jwt.StandardClaims{ExpiresAt: exp}}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte(secret))
}

func IssueAssigned(uid string) (string, error) {
	claims := &Claims{}
	claims.Subject = uid
	// ruleid: golang-jwt-long-lived-token
	claims.ExpiresAt = jwt.NewNumericDate(time.Now().Add(48 * time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("k"))
}
