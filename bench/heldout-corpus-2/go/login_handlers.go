package handlers

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
	"golang.org/x/crypto/bcrypt"
)

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

// expect: jwt-weak-secret
var signingKey = []byte(getEnv("JWT_SECRET", "changeme"))

type AuthHandler struct {
	DB *sql.DB
}

type loginRequest struct {
	Email    string `json:"email" binding:"required,email"`
	Password string `json:"password" binding:"required"`
}

func (h *AuthHandler) Login(c *gin.Context) {
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	var id int64
	var hash, role string
	err := h.DB.QueryRowContext(c, `SELECT id, password_hash, role FROM users WHERE email = $1`, req.Email).Scan(&id, &hash, &role)
	if err != nil || bcrypt.CompareHashAndPassword([]byte(hash), []byte(req.Password)) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}

	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":  id,
		"role": role,
		// expect: jwt-long-lived
		"exp": time.Now().Add(72 * time.Hour).Unix(),
	})
	signed, err := token.SignedString(signingKey)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not sign token"})
		return
	}

	// expect: session-cookie-insecure
	c.SetCookie("access_token", signed, 3600*72, "/", "", false, true)
	// safe: session-cookie-insecure
	c.SetCookie("lang", c.DefaultQuery("lang", "en"), 86400*365, "/", "", false, false)
	c.JSON(http.StatusOK, gin.H{"token": signed})
}

func (h *AuthHandler) Logout(c *gin.Context) {
	// expect: jwt-no-revocation
	c.SetCookie("access_token", "", -1, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}
