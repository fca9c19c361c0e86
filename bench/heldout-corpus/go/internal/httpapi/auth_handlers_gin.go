package httpapi

import (
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

type UserStore interface {
	ByEmail(email string) (*Account, error)
	ByID(id string) (*Account, error)
	UpdatePassword(id, hash string, tokenVersion int) error
}

type Account struct {
	ID           string
	Email        string
	PasswordHash string
	TokenVersion int
}

type AuthHandlers struct {
	users UserStore
	key   []byte
}

func NewAuthHandlers(users UserStore) *AuthHandlers {
	// safe: jwt-weak-secret
	return &AuthHandlers{users: users, key: []byte(os.Getenv("API_JWT_KEY"))}
}

func (h *AuthHandlers) Register(r *gin.Engine) {
	r.POST("/auth/login", h.login)
	r.POST("/auth/logout", h.logout)
	r.POST("/auth/password", h.changePassword)
}

func (h *AuthHandlers) login(c *gin.Context) {
	var body struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	acct, err := h.users.ByEmail(body.Email)
	if err != nil || bcrypt.CompareHashAndPassword([]byte(acct.PasswordHash), []byte(body.Password)) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	claims := jwt.MapClaims{
		"sub": acct.ID,
		"ver": acct.TokenVersion,
		// safe: jwt-long-lived
		"exp": time.Now().Add(15 * time.Minute).Unix(),
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(h.key)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	// expect: session-cookie-insecure
	c.SetCookie("access_token", tok, 900, "/", "", false, false)
	c.JSON(http.StatusOK, gin.H{"user_id": acct.ID})
}

func (h *AuthHandlers) logout(c *gin.Context) {
	// expect: jwt-no-revocation
	c.SetCookie("access_token", "", -1, "/", "", true, true)
	c.Status(http.StatusNoContent)
}

func (h *AuthHandlers) changePassword(c *gin.Context) {
	var body struct {
		Current string `json:"current"`
		New     string `json:"new"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	acct, err := h.users.ByID(c.GetString("user_id"))
	if err != nil || bcrypt.CompareHashAndPassword([]byte(acct.PasswordHash), []byte(body.Current)) != nil {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(body.New), bcrypt.DefaultCost)
	// safe: jwt-no-revocation
	if err := h.users.UpdatePassword(acct.ID, string(hash), acct.TokenVersion+1); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
