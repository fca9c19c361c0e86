package handlers

import (
	"net/http"
	"net/url"
	"time"
)

const sessionCookieName = "sid"

func Login(w http.ResponseWriter, r *http.Request) {
	sid := newSessionID()
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Path: "/"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{
		Name:     "token",
		Value:    issue(),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteNoneMode,
	})
	// ruleid: net-http-session-cookie-insecure
	c := &http.Cookie{Name: sessionCookieName, Value: sid, Secure: true, Expires: time.Now().Add(time.Hour)}
	http.SetCookie(w, c)
}

func LoginOK(w http.ResponseWriter, r *http.Request) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "__Host-session", Value: newSessionID(), Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: csrf(), Secure: true})
	// ok: net-http-session-cookie-insecure
	ck := &http.Cookie{Name: "refresh_token", Value: rt()}
	ck.Secure = true
	ck.HttpOnly = true
	http.SetCookie(w, ck)
}

func Logout(w http.ResponseWriter, r *http.Request) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})
}

func Prefs(w http.ResponseWriter) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "sidebar_collapsed", Value: "1"})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "author_filter", Value: "me"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "__Host-sessionid", Value: "x"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: SessionCookieName, Value: "x"})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "authToken", Value: "x"})
}

func LastLogin(w http.ResponseWriter) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "last_login", Value: time.Now().String()})
}

type echoCtx interface {
	SetCookie(c *http.Cookie)
}

func WriteSessionCookie(c echoCtx, token string) {
	ck := new(http.Cookie)
	ck.Name = "sessionID"
	ck.Value = token
	// ruleid: net-http-session-cookie-insecure
	c.SetCookie(ck)
}

func WriteSessionCookieHardened(c echoCtx, token string) {
	ck := new(http.Cookie)
	ck.Name = "sessionID"
	ck.Value = token
	ck.Secure = true
	ck.HttpOnly = true
	ck.SameSite = http.SameSiteLaxMode
	// ok: net-http-session-cookie-insecure
	c.SetCookie(ck)
}

func WriteThemeCookie(w http.ResponseWriter) {
	ck := new(http.Cookie)
	ck.Name = "theme"
	ck.Value = "dark"
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, ck)
}

func callUpstream(sid string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, "https://upstream.example/api", nil)
	if err != nil {
		return nil, err
	}
	// ok: net-http-session-cookie-insecure
	req.AddCookie(&http.Cookie{Name: "session", Value: sid})
	return req, nil
}

type apiClient interface {
	SetCookie(c *http.Cookie) apiClient
}

// an HTTP client sends the cookie on its own requests: no Set-Cookie, no flags to set
func newUpstreamClient(client apiClient, userToken string) apiClient {
	// ok: net-http-session-cookie-insecure
	client.SetCookie(&http.Cookie{Name: "USER_TOKEN", Value: userToken, Path: "/"})
	return client
}

type cookieJar interface {
	SetCookies(u *url.URL, cookies []*http.Cookie)
}

func seedJar(jar cookieJar, u *url.URL, sid string) {
	// ok: net-http-session-cookie-insecure
	jar.SetCookies(u, []*http.Cookie{{Name: "session", Value: sid}})
	// ok: net-http-session-cookie-insecure
	jar.SetCookies(u, []*http.Cookie{&http.Cookie{Name: "session", Value: sid}})
}

// cookies that carry no credential: where to return after a login, which login
// method was chosen, an anonymous device id
func rememberLoginChoice(w http.ResponseWriter, callback, method, deviceID string) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "auth_cb", Value: callback, MaxAge: 120})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "auth_method", Value: method})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: method})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "share_session_device_id", Value: deviceID})
	// ruleid: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: deviceID})
}

// a flag the front end reads to know it is logged in: the credential is the
// HttpOnly token cookie beside it
func setLoggedInFlag(w http.ResponseWriter, remember bool) {
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: cookieNameSession, Value: "true", HttpOnly: false, Path: "/"})
	// ok: net-http-session-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "remember_session", Value: strconv.FormatBool(remember), Path: "/"})
}
