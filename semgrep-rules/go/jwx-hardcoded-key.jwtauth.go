package api

import (
	"os"

	"github.com/go-chi/jwtauth/v5"
)

// ruleid: jwx-hardcoded-key
var tokenAuth = jwtauth.New("HS256", []byte("chi-demo-secret"), nil)

func newAuth() *jwtauth.JWTAuth {
	// ok: jwx-hardcoded-key
	return jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)
}
