// Package apiclient is the Go SDK that partners use to call the orders API.
package apiclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type Client struct {
	base         string
	clientID     string
	clientSecret string
	http         *http.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

func New(base, clientID, clientSecret string) *Client {
	return &Client{base: base, clientID: clientID, clientSecret: clientSecret, http: &http.Client{Timeout: 10 * time.Second}}
}

// accessToken returns a cached token and refreshes it shortly before it expires.
func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expires) > 30*time.Second {
		return c.token, nil
	}
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {c.clientID}, "client_secret": {c.clientSecret}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", err
	}
	// The server verifies this token; the client only reads exp to schedule its refresh.
	claims := &jwt.RegisteredClaims{}
	// safe: jwt-signature-not-verified
	if _, _, err := jwt.NewParser().ParseUnverified(body.AccessToken, claims); err != nil {
		return "", fmt.Errorf("malformed access token: %w", err)
	}
	c.token = body.AccessToken
	c.expires = time.Now().Add(time.Minute)
	if claims.ExpiresAt != nil {
		c.expires = claims.ExpiresAt.Time
	}
	return c.token, nil
}

func (c *Client) GetOrder(ctx context.Context, id string) (map[string]any, error) {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/orders/"+url.PathEscape(id), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
