package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Login(c *gin.Context) {
	tok := issue(c)
	// ruleid: gin-set-cookie-insecure
	c.SetCookie("token", tok, 3600, "/", "", true, true)
	// ruleid: gin-set-cookie-insecure
	c.SetCookie("session_id", newID(), 3600, "/", "", true, true)
	// ok: gin-set-cookie-insecure
	c.SetCookie("csrf_token", csrf(), 3600, "/", "", true, false)
	// ok: gin-set-cookie-insecure
	c.SetCookie("theme", "dark", 3600, "/", "", false, false)
	c.SetSameSite(http.SameSiteLaxMode)
	// ok: gin-set-cookie-insecure
	c.SetCookie("access_token", tok, 900, "/", "", true, true)
}

func Logout(c *gin.Context) {
	// ok: gin-set-cookie-insecure
	c.SetCookie("token", "", -1, "/", "", false, true)
}
