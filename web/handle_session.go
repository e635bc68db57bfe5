package web

import (
	"encoding/json"
	"net/http"
	"strings"
)

// handleSessionRefresh is "stay signed in": the request itself has restarted the idle timeout (the
// middleware records the session's use), so it only answers. app.js posts it from the idle warning and
// gets JSON; without JavaScript the warning's button posts a form and comes back to the page.
func (s *Server) handleSessionRefresh(w http.ResponseWriter, r *http.Request) {
	st := sessionOf(r)
	if st.Session.LastSeenAt.Before(s.now()) {
		// A refresh always counts, even within touchEvery of the last recorded use.
		if err := s.db.TouchSession(r.Context(), st.Session.ID, s.now()); err != nil {
			s.serverError(w, r, err)
			return
		}
		st.Session.LastSeenAt = s.now()
	}
	if strings.Contains(r.Header.Get("Accept"), "application/json") {
		s.writeSessionStatus(w, r)
		return
	}
	next := r.FormValue("next")
	if !localPath(next) {
		next = "/"
	}
	s.redirect(w, r, next)
}

// handleSessionStatus tells app.js how long the session has left, without counting as use (the route is
// Passive). A session that has ended gets 401 from the middleware.
func (s *Server) handleSessionStatus(w http.ResponseWriter, r *http.Request) {
	s.writeSessionStatus(w, r)
}

// writeSessionStatus writes {"idleSeconds": N, "warnSeconds": M} for the request's session.
func (s *Server) writeSessionStatus(w http.ResponseWriter, r *http.Request) {
	p := s.newPage(r, "")
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]int{"idleSeconds": p.IdleSeconds, "warnSeconds": p.WarnSeconds})
}
