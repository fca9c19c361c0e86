package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
	jwtgo "github.com/dgrijalva/jwt-go"
)

type Claims struct {
	UserID int64 `json:"uid"`
	jwt.RegisteredClaims
}

func IssueForever(uid int64) (string, error) {
	// ruleid: golang-jwt-token-without-expiry
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": uid, "role": "user"})
	return t.SignedString(key)
}

func IssueStruct(uid int64) (string, error) {
	claims := &Claims{
		UserID: uid,
		// ruleid: golang-jwt-token-without-expiry
		RegisteredClaims: jwt.RegisteredClaims{Issuer: "api", IssuedAt: jwt.NewNumericDate(time.Now())},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueLegacy(uid string) (string, error) {
	// ruleid: golang-jwt-token-without-expiry
	claims := jwtgo.MapClaims{"user_id": uid}
	token := jwtgo.NewWithClaims(jwtgo.SigningMethodHS256, claims)
	return token.SignedString(key)
}

func IssueLater(uid string) (string, error) {
	// ok: golang-jwt-token-without-expiry
	claims := jwt.MapClaims{"sub": uid}
	claims["exp"] = time.Now().Add(10 * time.Minute).Unix()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueOK(uid string) (string, error) {
	// ok: golang-jwt-token-without-expiry
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: uid, ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute))})
	return t.SignedString(key)
}

func Parse(raw string) (*Claims, error) {
	c := &Claims{}
	// ok: golang-jwt-token-without-expiry
	_, err := jwt.ParseWithClaims(raw, c, kf, jwt.WithValidMethods([]string{"HS256"}))
	return c, err
}

type tokenIssuer struct {
	base *jwtgo.Token
}

func (i *tokenIssuer) Issue(id, name string) (string, error) {
	claims := i.base.Claims.(jwtgo.MapClaims)
	claims["id"] = id
	claims["name"] = name
	// ruleid: golang-jwt-token-without-expiry
	return i.base.SignedString(key)
}

func IssueEchoStyle(name string) (string, error) {
	token := jwt.New(jwt.SigningMethodHS256)
	claims := token.Claims.(jwt.MapClaims)
	claims["name"] = name
	claims["admin"] = false
	claims["exp"] = time.Now().Add(10 * time.Minute).Unix()
	// ok: golang-jwt-token-without-expiry
	return token.SignedString(key)
}

func ReadName(token *jwt.Token) string {
	// ok: golang-jwt-token-without-expiry
	claims := token.Claims.(jwt.MapClaims)
	return claims["name"].(string)
}

func IssueAssigned(id uint) string {
	token := jwt.New(jwt.GetSigningMethod("HS256"))
	// ruleid: golang-jwt-token-without-expiry
	token.Claims = jwt.MapClaims{"id": id}
	s, _ := token.SignedString(key)
	return s
}

// ServiceToken is handed to the reporting cron job.
func (b *ClaimsBuilder) ServiceToken(service string) (string, error) {
	// ruleid: golang-jwt-token-without-expiry
	claims := jwt.MapClaims{
		"sub":   "svc:" + service,
		"scope": "reports:read",
		"iat":   time.Now().Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}

func (b *ClaimsBuilder) ShortToken(service string) (string, error) {
	// ok: golang-jwt-token-without-expiry
	claims := jwt.MapClaims{"sub": service, "exp": time.Now().Add(5 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(b.key)
}

func (b *ClaimsBuilder) LaterExpiry(service string) (string, error) {
	// ok: golang-jwt-token-without-expiry
	claims := jwt.MapClaims{"sub": service}
	claims["exp"] = time.Now().Add(5 * time.Minute).Unix()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS512, claims)
	return tok.SignedString(b.key)
}
