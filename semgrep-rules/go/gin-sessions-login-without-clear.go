package handlers

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func Login(c *gin.Context) {
	user, err := authenticate(c.PostForm("username"), c.PostForm("password"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	session := sessions.Default(c)
	// ruleid: gin-sessions-login-without-clear
	session.Set("userID", user.ID)
	_ = session.Save()
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func LoginSafe(c *gin.Context) {
	user, err := authenticate(c.PostForm("username"), c.PostForm("password"))
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	session := sessions.Default(c)
	session.Clear()
	// ok: gin-sessions-login-without-clear
	session.Set("userID", user.ID)
	_ = session.Save()
}

func SetLang(c *gin.Context) {
	session := sessions.Default(c)
	// ok: gin-sessions-login-without-clear
	session.Set("lang", c.Query("lang"))
	_ = session.Save()
}

func Remember(c *gin.Context) {
	session := sessions.Default(c)
	// ok: gin-sessions-login-without-clear
	session.Set("remember", true)
	// ruleid: gin-sessions-login-without-clear
	session.Set("authenticatedUserID", 42)
	// ruleid: gin-sessions-login-without-clear
	session.Set("isLoggedIn", 42)
	_ = session.Save()
}
