package api

import (
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/redis/go-redis/v9"
	"golang.org/x/crypto/bcrypt"
)

type AuthAPI struct {
	users  UserRepo
	rdb    *redis.Client
	secret []byte
}

func NewAuthAPI(users UserRepo, rdb *redis.Client) *AuthAPI {
	return &AuthAPI{users: users, rdb: rdb, secret: []byte(os.Getenv("API_JWT_SECRET"))}
}

func (a *AuthAPI) Routes(r *gin.Engine) {
	r.POST("/auth/login", a.Login)
	r.POST("/auth/logout", a.Logout)
	r.POST("/auth/logout-everywhere", a.LogoutEverywhere)
	// expect: jwt-no-revocation
	r.POST("/auth/signout", func(c *gin.Context) {
		c.SetCookie("access_token", "", -1, "/", "", true, true)
		c.Status(http.StatusNoContent)
	})
}

func (a *AuthAPI) Login(c *gin.Context) {
	var body struct{ Email, Password string }
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	u, err := a.users.ByEmail(c, body.Email)
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(body.Password)) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	claims := jwt.RegisteredClaims{
		Subject: u.ID,
		ID:      newJTI(),
		// expect: jwt-long-lived
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour)),
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(a.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	// expect: session-cookie-insecure
	c.SetCookie("access_token", tok, 8*3600, "/", "", false, true)
	c.JSON(http.StatusOK, gin.H{"user": u.ID})
}

// expect: jwt-no-revocation
func (a *AuthAPI) Logout(c *gin.Context) {
	c.SetCookie("access_token", "", -1, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

// safe: jwt-no-revocation
func (a *AuthAPI) LogoutEverywhere(c *gin.Context) {
	claims := c.MustGet("claims").(*jwt.RegisteredClaims)
	ttl := time.Until(claims.ExpiresAt.Time)
	if err := a.rdb.Set(c.Request.Context(), "revoked:"+claims.ID, 1, ttl).Err(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.SetCookie("access_token", "", -1, "/", "", true, true)
	c.Status(http.StatusNoContent)
}

func (a *AuthAPI) Middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		claims := &jwt.RegisteredClaims{}
		// expect: jwt-claims-not-validated
		_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
			return a.secret, nil
		}, jwt.WithValidMethods([]string{"HS256"}))
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		if n, _ := a.rdb.Exists(c.Request.Context(), "revoked:"+claims.ID).Result(); n > 0 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("claims", claims)
		c.Next()
	}
}

func (a *AuthAPI) Refresh(c *gin.Context) {
	tok := issueAccess(c)
	// safe: session-cookie-insecure
	c.SetCookie("access_token", tok, 900, "/", "", true, true)
	// safe: session-cookie-insecure
	c.SetCookie("ui_theme", c.Query("theme"), 86400, "/", "", false, false)
}
