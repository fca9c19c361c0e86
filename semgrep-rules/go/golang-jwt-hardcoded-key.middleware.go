package middleware

import (
	"os"

	jwtware "github.com/gofiber/contrib/v3/jwt"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/gofiber/fiber/v3"
)

func Protected() func(fiber.Ctx) error {
	return jwtware.New(jwtware.Config{
		// ruleid: golang-jwt-hardcoded-key
		SigningKey:   jwtware.SigningKey{Key: []byte("secret")},
		ErrorHandler: jwtError,
	})
}

func ProtectedLegacy() fiber.Handler {
	return jwtware.New(jwtware.Config{
		// ruleid: golang-jwt-hardcoded-key
		SigningKey: []byte("my-jwt-secret"),
	})
}

func ProtectedEnv() func(fiber.Ctx) error {
	return jwtware.New(jwtware.Config{
		// ok: golang-jwt-hardcoded-key
		SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("JWT_SECRET"))},
	})
}

func EchoAuth() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{
		// ruleid: golang-jwt-hardcoded-key
		SigningKey: []byte("echo-secret"),
	})
}

func EchoAuthEnv(key []byte) echo.MiddlewareFunc {
	// ok: golang-jwt-hardcoded-key
	return echojwt.WithConfig(echojwt.Config{SigningKey: key})
}

func jwtError(c fiber.Ctx, err error) error { return err }
