package web

import (
	"net/http"
	"net/url"
)

// AddTestRoute adds a route to a server's table, for tests of what the middleware does for pages that
// do not exist yet (a form page, to test drafts).
func (s *Server) AddTestRoute(method, pattern string, policy Policy, h http.HandlerFunc) {
	s.routes = append(s.routes, route{Method: method, Pattern: pattern, Policy: policy,
		Handler: func(_ *Server, w http.ResponseWriter, r *http.Request) { h(w, r) }})
	s.handler = s.buildHandler()
}

// RestoreDraft is restoreDraft, for tests.
func (s *Server) RestoreDraft(r *http.Request) (url.Values, bool) {
	v, _, ok := s.restoreDraft(r)
	return v, ok
}
