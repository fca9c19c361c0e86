package main

import (
	"encoding/base64"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

type tokenPayload struct {
	Sub   string   `json:"sub"`
	Roles []string `json:"roles"`
}

// rolesFromBearer pulls roles out of the bearer token for the admin routes.
func rolesFromBearer(h string) []string {
	parts := strings.Split(strings.TrimPrefix(h, "Bearer "), ".")
	if len(parts) != 3 {
		return nil
	}
	// expect: jwt-signature-not-verified
	body, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return nil
	}
	var p tokenPayload
	if json.Unmarshal(body, &p) != nil {
		return nil
	}
	return p.Roles
}

func adminOnly(c *gin.Context) {
	for _, r := range rolesFromBearer(c.GetHeader("Authorization")) {
		if r == "admin" {
			c.Next()
			return
		}
	}
	c.AbortWithStatus(http.StatusForbidden)
}

func main() {
	// expect: session-weak-secret
	sessionKey := envOr("SESSION_KEY", "gateway-session-key")
	// expect: session-insecure-store
	store, err := redis.NewStore(10, "tcp", envOr("REDIS_ADDR", "redis.internal:6379"), "", []byte(sessionKey))
	if err != nil {
		log.Fatal(err)
	}
	// expect: session-no-expiry
	store.Options(sessions.Options{Path: "/", MaxAge: 60 * 60 * 24 * 365, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})

	r := gin.Default()
	r.Use(sessions.Sessions("gw_sid", store))

	r.POST("/login", func(c *gin.Context) {
		user, hash := c.PostForm("username"), lookupHash(c.PostForm("username"))
		if bcrypt.CompareHashAndPassword(hash, []byte(c.PostForm("password"))) != nil {
			c.String(http.StatusUnauthorized, "invalid credentials")
			return
		}
		s := sessions.Default(c)
		// expect: session-fixation
		s.Set("user", user)
		_ = s.Save()
		c.Redirect(http.StatusSeeOther, "/")
	})
	r.GET("/admin/metrics", adminOnly, func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	log.Fatal(r.Run(":8443"))
}

func lookupHash(username string) []byte {
	return []byte(os.Getenv("GW_ADMIN_HASH_" + strings.ToUpper(username)))
}
