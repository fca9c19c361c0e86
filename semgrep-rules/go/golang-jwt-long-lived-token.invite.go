package handlers

import (
	"net/http"
	"time"
)

type InvitationCreate struct {
	Uses      int
	ExpiresAt time.Time
}

// an invitation code's expiry, in a file that imports no JWT package
func CreateInvitation(r *http.Request, body InvitationCreate) InvitationCreate {
	if body.ExpiresAt.IsZero() {
		// ok: golang-jwt-long-lived-token
		body.ExpiresAt = time.Now().Add(time.Hour * 24)
	}
	return body
}
