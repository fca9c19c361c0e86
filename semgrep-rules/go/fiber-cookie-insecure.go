package config

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

func SetJWTasCookie(c *fiber.Ctx, tokenString string, expiration time.Time) {
	// ruleid: fiber-cookie-insecure
	c.Cookie(&fiber.Cookie{
		Name:     "auth",
		Value:    tokenString,
		Expires:  expiration,
		SameSite: "Lax",
		HTTPOnly: false,
	})
}

func SetSessionCookie(c *fiber.Ctx, sid string) {
	// ok: fiber-cookie-insecure
	c.Cookie(&fiber.Cookie{Name: "session_id", Value: sid, Secure: true, HTTPOnly: true, SameSite: "Lax"})
}

func ClearAuthCookie(c *fiber.Ctx) {
	// ok: fiber-cookie-insecure
	c.Cookie(&fiber.Cookie{Name: "auth", Value: "", Expires: time.Now().Add(-time.Hour), HTTPOnly: true})
}

func SetThemeCookie(c *fiber.Ctx, theme string) {
	// ok: fiber-cookie-insecure
	c.Cookie(&fiber.Cookie{Name: "theme", Value: theme})
}
