package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"example.com/app/service"
	"example.com/app/utils"
)

type UserApi struct{}

// Login issues the JWT (utils.NewJWT().CreateToken)
func (a *UserApi) Login(c *gin.Context) {
	token, _ := utils.NewJWT().CreateToken(utils.Claims(c))
	c.JSON(http.StatusOK, gin.H{"token": token})
}

// ruleid: golang-jwt-password-change-without-revocation
func (a *UserApi) ChangePassword(c *gin.Context) {
	var req struct{ Password, NewPassword string }
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"msg": err.Error()})
		return
	}
	uid := utils.GetUserID(c)
	if err := service.User.ChangePassword(c.Request.Context(), uid, req.Password, req.NewPassword); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"msg": "wrong password"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"msg": "changed"})
}

// ok: golang-jwt-password-change-without-revocation
func (a *UserApi) UpdatePassword(c *gin.Context) {
	var req struct{ Password, NewPassword string }
	_ = c.ShouldBindJSON(&req)
	uid := utils.GetUserID(c)
	if err := service.User.ChangePassword(c.Request.Context(), uid, req.Password, req.NewPassword); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"msg": "wrong password"})
		return
	}
	service.User.IncrTokenVersion(c.Request.Context(), uid)
	c.JSON(http.StatusOK, gin.H{"msg": "changed"})
}

// ok: golang-jwt-password-change-without-revocation
func ResetPassword(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if err := service.User.SetPassword(id, r.FormValue("password")); err != nil {
		http.Error(w, "failed", http.StatusBadRequest)
		return
	}
	jwtBlacklist.RevokeAllFor(id)
	w.WriteHeader(http.StatusNoContent)
}

// ok: golang-jwt-password-change-without-revocation
func GetProfile(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"password": "never shown"})
}
