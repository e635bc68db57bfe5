package web

import (
	"fmt"
	"net/http"
)

// handleSignOut ends this browser's session.
func (s *Server) handleSignOut(w http.ResponseWriter, r *http.Request) {
	st := sessionOf(r)
	if err := s.db.EndSession(r.Context(), st.Session.ID); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.auditSignIn(r, actorOf(st.User), actionSignOut, "")
	s.clearCookie(w)
	s.redirect(w, r, "/sign-out")
}

// handleSignOutEverywhere ends every session of the signed-in user, on every device: for a lost phone,
// a shared computer left signed in, or a worry that someone else has the account.
func (s *Server) handleSignOutEverywhere(w http.ResponseWriter, r *http.Request) {
	st := sessionOf(r)
	n, err := s.db.EndUserSessions(r.Context(), st.User.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.auditSignIn(r, actorOf(st.User), actionSignOutEverywhere, fmt.Sprintf("%d sessions ended", n))
	s.clearCookie(w)
	s.redirect(w, r, "/sign-out?everywhere=1")
}

// handleSignedOut confirms that the person has signed out.
func (s *Server) handleSignedOut(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	p := s.newPage(r, "You have signed out")
	p.Data = r.URL.Query().Get("everywhere") == "1"
	s.render(w, r, http.StatusOK, "signedout", p)
}
