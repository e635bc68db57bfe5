package web

import (
	"net/http"
	"net/url"
)

// keptDraft puts the user's draft of this page into form when there is one and keep accepts it, and
// reports whether it did. The work pages' forms call it on GET, so that what was typed before a session
// ended (kept by the middleware, or by app.js as the person typed) comes back even without JavaScript.
// keep lets a form refuse a draft made for something else at the same address, such as the allocation of
// another child.
func (s *Server) keptDraft(r *http.Request, form *Form, keep func(url.Values) bool) bool {
	values, _, ok := s.restoreDraft(r)
	if !ok || (keep != nil && !keep(values)) {
		return false
	}
	for k, v := range values {
		form.Values[k] = v
	}
	return true
}

// dropDraft deletes the user's draft of this page once its form has been saved, so it is not offered
// again. A failure only leaves a stale draft, so it is logged, not shown.
func (s *Server) dropDraft(r *http.Request) {
	u := userOf(r)
	if u == nil {
		return
	}
	if err := s.db.DeleteDraft(r.Context(), u.ID, r.URL.Path); err != nil {
		s.log.Warn("could not delete a saved form's draft", "path", r.URL.Path, "err", err)
	}
}
