package auth

import (
	"time"

	"example.com/app/models"
	"github.com/golang-jwt/jwt/v5"
)

type SessionClaims struct {
	UserID       int64  `json:"uid"`
	// ruleid: golang-jwt-sensitive-claims
	PasswordHash string `json:"pwd_hash"`
	jwt.RegisteredClaims
}

type ProfileClaims struct {
	// ruleid: golang-jwt-sensitive-claims
	*models.User
	jwt.RegisteredClaims
}

// ok: golang-jwt-sensitive-claims
type AccessClaims struct {
	UserID int64    `json:"uid"`
	Roles  []string `json:"roles"`
	jwt.RegisteredClaims
}

// ok: golang-jwt-sensitive-claims
type LoginForm struct {
	Email    string
	Password string
}

func Issue(u *models.User) (string, error) {
	// ruleid: golang-jwt-sensitive-claims
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": u.ID,
		"ssn": u.SSN,
		"exp": time.Now().Add(10 * time.Minute).Unix(),
	})
	return t.SignedString(key)
}

func IssueWhole(u models.User) (string, error) {
	// ruleid: golang-jwt-sensitive-claims
	claims := jwt.MapClaims{"user": u, "exp": time.Now().Add(10 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueValue(u *models.User) (string, error) {
	claims := jwt.MapClaims{"sub": u.ID}
	// ruleid: golang-jwt-sensitive-claims
	claims["data"] = u.CreditCardNumber
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueSafe(u *models.User) (string, error) {
	// ok: golang-jwt-sensitive-claims
	claims := jwt.MapClaims{"sub": u.ID, "roles": u.Roles, "scope": "orders:read", "tenant": u.TenantID}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func IssueLoginForm(name, pass string) (string, error) {
	c := models.TokenClaims{
		Name: name,
		// ruleid: golang-jwt-sensitive-claims
		Password: pass,
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Minute))},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func IssueIdentifiersOnly(name string) (string, error) {
	// ok: golang-jwt-sensitive-claims
	c := &models.TokenClaims{
		Name: name,
		Password: "",
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Minute))},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func SaveAccount(name, pass string) models.Account {
	// ok: golang-jwt-sensitive-claims
	return models.Account{Name: name, Password: pass}
}

func IssueSession(uid int64, hash string) (string, error) {
	// ok: golang-jwt-sensitive-claims
	c := SessionClaims{UserID: uid, PasswordHash: hash}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

type loginClaims struct {
	Username string
	Pass     string
	jwt.StandardClaims
}

func positionalClaims(username, password string) (string, error) {
	claims := loginClaims{
		// ok: golang-jwt-sensitive-claims
		username,
		// ruleid: golang-jwt-sensitive-claims
		hashMD5(password),
		jwt.StandardClaims{ExpiresAt: time.Now().Add(10 * time.Minute).Unix()},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func (d *AuthDomain) CreateTokenForAccount(account *model.AccountDTO, expiration time.Time) (string, error) {
	// ok: golang-jwt-sensitive-claims
	claims := jwt.MapClaims{
		"account": account,
		"exp":     expiration.UTC().Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(d.key)
}

func (d *AuthDomain) CreateTokenForUser(account *model.Account, expiration time.Time) (string, error) {
	// ruleid: golang-jwt-sensitive-claims
	claims := jwt.MapClaims{
		"account": account,
		"exp":     expiration.UTC().Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(d.key)
}
