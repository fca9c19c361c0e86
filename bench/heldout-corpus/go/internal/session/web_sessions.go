// Package session wires cookie sessions for the storefront (server-rendered pages).
package session

import (
	"net/http"

	"github.com/boj/redistore"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

const storefrontSession = "sf_session"

// expect: session-weak-secret
var cookieStore = sessions.NewCookieStore([]byte("keyboard cat"))

func init() {
	cookieStore.Options = &sessions.Options{
		Path: "/",
		// expect: session-no-expiry
		MaxAge: 86400 * 30,
		// expect: session-cookie-insecure
		HttpOnly: false,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
}

// NewAccountStore keeps the signed-in customer's session in Redis.
func NewAccountStore(authKey []byte) (*redistore.RediStore, error) {
	// expect: session-insecure-store
	return redistore.NewRediStore(10, "tcp", "sessions.internal:6379", "", authKey)
}

type Customers interface {
	Lookup(email string) (id string, hash []byte, err error)
}

// LoginHandler signs a customer in on the server-side store.
func LoginHandler(store *redistore.RediStore, customers Customers) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, hash, err := customers.Lookup(r.PostFormValue("email"))
		if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(r.PostFormValue("password"))) != nil {
			http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
			return
		}
		sess, _ := store.Get(r, storefrontSession)
		// expect: session-fixation
		sess.Values["customer_id"] = id
		if err := sess.Save(r, w); err != nil {
			http.Error(w, "session error", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/account", http.StatusSeeOther)
	}
}

// ConnectShopify stores the merchant's OAuth result in the cookie session.
func ConnectShopify(w http.ResponseWriter, r *http.Request, accessToken, shop string) error {
	sess, err := cookieStore.Get(r, storefrontSession)
	if err != nil {
		return err
	}
	sess.Values["shop"] = shop
	// expect: session-insecure-store
	sess.Values["shopify_access_token"] = accessToken
	return sess.Save(r, w)
}

// RememberCart keeps the anonymous cart id in the cookie session.
func RememberCart(w http.ResponseWriter, r *http.Request, cartID string) error {
	sess, err := cookieStore.Get(r, storefrontSession)
	if err != nil {
		return err
	}
	sess.Values["cart_id"] = cartID
	return sess.Save(r, w)
}
