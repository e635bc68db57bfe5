package web

import (
	"net/http"
	"time"
)

// accountData is the account page's own data.
type accountData struct {
	SignedInAt   time.Time
	EndsAt       time.Time
	OpenSessions int
}

// handleAccount shows the signed-in user's account and sessions, with "sign out everywhere".
func (s *Server) handleAccount(w http.ResponseWriter, r *http.Request) {
	st := sessionOf(r)
	n, err := s.db.OpenSessions(r.Context(), st.User.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	p := s.newPage(r, "Your account")
	p.Data = accountData{SignedInAt: st.Session.CreatedAt, EndsAt: st.Session.ExpiresAt, OpenSessions: n}
	s.render(w, r, http.StatusOK, "account", p)
}
