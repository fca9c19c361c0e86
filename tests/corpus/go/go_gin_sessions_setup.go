package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	gormsessions "github.com/gin-contrib/sessions/gorm"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

func setupDemo(r *gin.Engine) {
	// expect: session-weak-secret
	store := cookie.NewStore([]byte("secret"))
	// expect: session-cookie-insecure, session-no-expiry
	store.Options(sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true})
	r.Use(sessions.Sessions("mysession", store))
}

func setupCache(r *gin.Engine) {
	// expect: session-weak-secret, session-insecure-store
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", []byte("secret"))
	if err != nil {
		log.Fatal(err)
	}
	r.Use(sessions.Sessions("cache-session", store))
}

func setupTests(r *gin.Engine) {
	// expect: session-insecure-store
	store := memstore.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("test", store))
}

func setupProd(r *gin.Engine, db *gorm.DB) {
	// safe: session-weak-secret, session-insecure-store
	store := gormsessions.NewStore(db, true, []byte(os.Getenv("SESSION_SECRET")), []byte(os.Getenv("SESSION_ENC_KEY")))
	// safe: session-cookie-insecure, session-no-expiry
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   3600 * 8,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	r.Use(sessions.Sessions("sid", store))
}

func login(c *gin.Context) {
	session := sessions.Default(c)
	user, ok := checkCredentials(c.PostForm("username"), c.PostForm("password"))
	if !ok {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "Authentication failed"})
		return
	}
	// expect: session-fixation
	session.Set("user", user.ID)
	if err := session.Save(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Failed to save session"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "Successfully authenticated user"})
}

func loginRotating(c *gin.Context) {
	user, ok := checkCredentials(c.PostForm("username"), c.PostForm("password"))
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	session := sessions.Default(c)
	session.Clear()
	// safe: session-fixation
	session.Set("user", user.ID)
	_ = session.Save()
}

func logout(c *gin.Context) {
	session := sessions.Default(c)
	user := session.Get("user")
	if user == nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "Invalid session token"})
		return
	}
	session.Delete("user")
	// safe: session-cookie-insecure
	session.Options(sessions.Options{MaxAge: -1})
	_ = session.Save()
}

func rememberMe(c *gin.Context) {
	session := sessions.Default(c)
	// expect: session-no-expiry
	session.Options(sessions.Options{Path: "/", MaxAge: 60 * 60 * 24 * 90, Secure: true, HttpOnly: true})
	// safe: session-fixation
	session.Set("remember", true)
	_ = session.Save()
}
