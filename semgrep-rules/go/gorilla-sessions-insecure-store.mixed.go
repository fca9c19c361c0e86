package session

import (
	"net/http"
	"os"

	"github.com/boj/redistore"
	"github.com/gorilla/sessions"
)

// a file with a cookie store for the storefront and a Redis store for accounts
var cookieStore = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func NewAccountStore(authKey []byte) (*redistore.RediStore, error) {
	return redistore.NewRediStoreWithPool(pool, authKey)
}

func ConnectShopify(w http.ResponseWriter, r *http.Request, accessToken string) error {
	sess, err := cookieStore.Get(r, "sf_session")
	if err != nil {
		return err
	}
	// ruleid: gorilla-sessions-insecure-store
	sess.Values["shopify_access_token"] = accessToken
	return sess.Save(r, w)
}

func Login(store *redistore.RediStore, w http.ResponseWriter, r *http.Request, accessToken string) {
	sess, _ := store.Get(r, "account")
	// ok: gorilla-sessions-insecure-store
	sess.Values["access_token"] = accessToken
	sess.Save(r, w)
}
