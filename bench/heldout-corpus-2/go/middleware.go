package middleware

import (
	"net/http"
	"strings"

	jwt "github.com/dgrijalva/jwt-go"
	"github.com/gin-gonic/gin"
)

// expect: jwt-weak-secret
var jwtKey = []byte("my_secret_key")

type UserClaims struct {
	UserID int64  `json:"uid"`
	Role   string `json:"role"`
	jwt.StandardClaims
}

func bearer(c *gin.Context) string {
	h := c.GetHeader("Authorization")
	if strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	if ck, err := c.Cookie("token"); err == nil {
		return ck
	}
	return ""
}

// RequireAuth rejects requests without a valid token.
func RequireAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := bearer(c)
		if raw == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing token"})
			return
		}
		claims := &UserClaims{}
		// expect: jwt-none-algorithm
		tkn, err := jwt.ParseWithClaims(raw, claims, func(token *jwt.Token) (interface{}, error) {
			return jwtKey, nil
		})
		if err != nil || !tkn.Valid {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid token"})
			return
		}
		c.Set("uid", claims.UserID)
		c.Set("role", claims.Role)
		c.Next()
	}
}

// OptionalAuth attaches the user when a token is present, for pages that render
// differently for members.
func OptionalAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := bearer(c)
		if raw == "" {
			c.Next()
			return
		}
		claims := &UserClaims{}
		p := new(jwt.Parser)
		// expect: jwt-signature-not-verified
		if _, _, err := p.ParseUnverified(raw, claims); err == nil {
			c.Set("uid", claims.UserID)
			c.Set("role", claims.Role)
		}
		c.Next()
	}
}

func RequireRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if r, _ := c.Get("role"); r != role {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}
