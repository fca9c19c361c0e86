package auth

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	jwxt "github.com/lestrrat-go/jwx/v2/jwt"
)

func userFromRequest(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: go-request-input-context
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	return claims["sub"].(string), err
}

func cookieClaims(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	parts := strings.Split(c.Value, ".")
	// ruleid: go-request-input-context
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	w.Write(payload)
}

func (s *Server) sliced(w http.ResponseWriter, r *http.Request) {
	h := r.Header.Get("Authorization")
	tok := h[7:]
	// ruleid: go-request-input-context
	t, _ := jwxt.ParseInsecure([]byte(tok))
	_ = t
}

func querySliced(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-request-input-context
	t, _ := jwxt.ParseString(r.URL.Query().Get("token")[0:], jwxt.WithVerify(false))
	_ = t
}

func formToken(w http.ResponseWriter, r *http.Request) {
	seg := strings.Split(r.FormValue("id_token"), ".")[1]
	// ruleid: go-request-input-context
	b, _ := jwt.NewParser().DecodeSegment(seg)
	_ = b
}

func bodyToken(w http.ResponseWriter, r *http.Request) {
	var in struct{ Token string }
	// ruleid: go-request-input-context
	json.NewDecoder(r.Body).Decode(&in)
	// ruleid: go-request-input-context
	t, _ := jwxt.ParseInsecure([]byte(in.Token))
	_ = t
}

func ginHandler(c *gin.Context) {
	tok := strings.Fields(c.GetHeader("Authorization"))[1]
	claims := jwt.MapClaims{}
	// ruleid: go-request-input-context
	jwt.NewParser().ParseUnverified(tok, claims)
	cookie, _ := c.Cookie("jwt")
	// ruleid: go-request-input-context
	jwt.NewParser().ParseUnverified(cookie, claims)
	// ruleid: go-request-input-context
	jwt.NewParser().ParseUnverified(c.Query("t"), claims)
	// ruleid: go-request-input-context
	jwt.NewParser().ParseUnverified(c.Request.Header.Get("X-Token"), claims)
}

func setup(r *gin.Engine) {
	r.GET("/me", func(c *gin.Context) {
		var in struct{ IDToken string `json:"id_token"` }
		c.ShouldBindJSON(&in)
		// ruleid: go-request-input-context
		jwt.NewParser().ParseUnverified(in.IDToken, jwt.MapClaims{})
	})
}

func echoHandler(c echo.Context) error {
	auth := c.Request().Header.Get(echo.HeaderAuthorization)
	// ruleid: go-request-input-context
	_, _, err := jwt.NewParser().ParseUnverified(strings.Replace(auth, "Bearer ", "", 1), jwt.MapClaims{})
	return err
}

func fiberHandler(c *fiber.Ctx) error {
	// ruleid: go-request-input-context
	raw, _ := base64.RawURLEncoding.DecodeString(strings.Split(c.Get("Authorization"), ".")[1])
	// ruleid: go-request-input-context
	_, _, err := jwt.NewParser().ParseUnverified(c.Cookies("token"), jwt.MapClaims{})
	_ = raw
	return err
}

func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-request-input-context
		t, _ := jwxt.ParseRequest(r, jwxt.WithVerify(false))
		_ = t
		next.ServeHTTP(w, r)
	})
}

// the helper's parameter: where it comes from is the caller's business
func roleOf(raw string) string {
	// ok: go-request-input-context
	tok, _, _ := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	return tok.Claims.(jwt.MapClaims)["role"].(string)
}

// a token the app fetched from its provider's token endpoint
func fetchServiceToken(client *http.Client, tokenURL string, form url.Values) string {
	resp, _ := client.PostForm(tokenURL, form)
	defer resp.Body.Close()
	var out struct{ AccessToken string `json:"access_token"` }
	json.NewDecoder(resp.Body).Decode(&out)
	// ok: go-request-input-context
	jwt.NewParser().ParseUnverified(out.AccessToken, jwt.MapClaims{})
	return out.AccessToken
}

// an outgoing request built by the app, and the token its response carries
func (c *upstream) serviceToken(req *http.Request) string {
	resp, _ := c.http.Do(req)
	defer resp.Body.Close()
	var body struct{ AccessToken string `json:"access_token"` }
	json.NewDecoder(resp.Body).Decode(&body)
	// ok: go-request-input-context
	t, _ := jwxt.ParseString(body.AccessToken, jwxt.WithVerify(false))
	_ = t
	return body.AccessToken
}

// a token read from the app's own store
func (s *Store) cached(ctx context.Context, id string) {
	raw, _ := s.redis.Get(ctx, "token:"+id).Result()
	// ok: go-request-input-context
	jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
}
