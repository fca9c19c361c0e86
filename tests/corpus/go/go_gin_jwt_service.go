package service

import (
	"errors"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	jwt "github.com/golang-jwt/jwt/v4"
)

type Account struct {
	ID           uint
	Username     string
	PasswordHash string
	APIKey       string
	TokenVersion int
}

type JWTService struct {
	secret   []byte
	accounts AccountRepo
	denylist Denylist
}

func NewJWTService(repo AccountRepo, dl Denylist) *JWTService {
	// safe: jwt-weak-secret
	return &JWTService{secret: []byte(os.Getenv("GIN_JWT_SECRET")), accounts: repo, denylist: dl}
}

func (s *JWTService) Generate(a *Account) (string, error) {
	// expect: jwt-sensitive-payload
	claims := jwt.MapClaims{
		"id":       a.ID,
		"username": a.Username,
		"api_key":  a.APIKey,
		"ver":      a.TokenVersion,
		"exp":      time.Now().Add(10 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
}

func (s *JWTService) GenerateDebug(a *Account) (string, error) {
	claims := jwt.MapClaims{"id": a.ID, "exp": time.Now().Add(10 * time.Minute).Unix()}
	// expect: jwt-sensitive-payload
	claims["pwd"] = a.PasswordHash
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
}

func (s *JWTService) Validate(raw string) (jwt.MapClaims, error) {
	// safe: jwt-none-algorithm
	token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return s.secret, nil
	})
	if err != nil || !token.Valid {
		return nil, errors.New("invalid token")
	}
	claims := token.Claims.(jwt.MapClaims)
	if !claims.VerifyIssuer("gin-svc", true) || !claims.VerifyAudience("gin-web", true) {
		return nil, errors.New("wrong issuer or audience")
	}
	return claims, nil
}

func (s *JWTService) ValidateGrace(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// expect: jwt-claims-not-validated
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{"HS256"}))
	return claims, err
}

func (s *JWTService) AuthRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		claims, err := s.Validate(raw)
		if err != nil || s.denylist.Contains(c, claims["jti"]) {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Set("claims", claims)
		c.Next()
	}
}

// safe: jwt-no-revocation
func (s *JWTService) Logout(c *gin.Context) {
	claims := c.MustGet("claims").(jwt.MapClaims)
	s.denylist.Add(c, claims["jti"].(string), 10*time.Minute)
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

// safe: jwt-no-revocation
func (s *JWTService) ChangePassword(c *gin.Context) {
	claims := c.MustGet("claims").(jwt.MapClaims)
	if err := s.accounts.SetPasswordAndBumpTokenVersion(c, claims["id"], c.PostForm("new_password")); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.SetCookie("jwt", "", -1, "/", "", true, true)
	c.Status(http.StatusNoContent)
}

// expect: jwt-no-revocation
func (s *JWTService) LogoutCookie(c *gin.Context) {
	c.SetCookie("jwt", "", -1, "/", "", true, true)
	c.Redirect(http.StatusFound, "/login")
}
