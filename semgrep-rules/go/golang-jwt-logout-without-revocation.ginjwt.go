package handler

import (
	"net/http"

	"github.com/gin-gonic/gin"
	jwt "github.com/appleboy/gin-jwt/v2"
)

func PayloadFunc(data interface{}) jwt.MapClaims {
	return jwt.MapClaims{"id": data}
}

// ruleid: golang-jwt-logout-without-revocation
func LogOut(c *gin.Context) {
	writeLoginLog(c, "2", "logged out")
	c.JSON(http.StatusOK, gin.H{"code": 200, "msg": "logged out"})
}

// ok: golang-jwt-logout-without-revocation
func Logout(c *gin.Context) {
	token := jwt.GetToken(c)
	if err := blacklist.Add(c, token); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"msg": "logout failed"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"msg": "logged out"})
}

func InitBaseRoutes(r *gin.RouterGroup, authMiddleware *jwt.GinJWTMiddleware) gin.IRoutes {
	base := r.Group("/base")
	{
		base.POST("/login", authMiddleware.LoginHandler)
		// ruleid: golang-jwt-logout-without-revocation
		base.POST("/logout", authMiddleware.LogoutHandler)
		// ok: golang-jwt-logout-without-revocation
		base.POST("/refreshToken", authMiddleware.RefreshHandler)
	}
	return r
}
