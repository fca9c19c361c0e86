package auth

import (
	"os"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func issue(uid string) ([]byte, error) {
	tok, _ := jwt.NewBuilder().Subject(uid).Expiration(time.Now().Add(10 * time.Minute)).Build()
	// ruleid: jwx-hardcoded-key
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, []byte("jwx-dev-secret")))
}

func verify(raw []byte) (jwt.Token, error) {
	// ok: jwx-hardcoded-key
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, []byte(os.Getenv("JWT_SECRET"))))
}

func keyFromLiteral() (jwk.Key, error) {
	// ruleid: jwx-hardcoded-key
	return jwk.FromRaw([]byte("another-literal-key"))
}
