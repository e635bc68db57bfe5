package web

import (
	"net/http"
	"strconv"
	"time"

	"hearth"
)

// handleAPIChild answers GET /api/v1/children/{id}: the child's whole record (store.ChildRecord's JSON),
// opened through openChild like the record page, so the access decision, the break-glass reason (from
// the Hearth-Break-Glass-Reason header, asked for on every call) and the audit are the same.
func (s *Server) handleAPIChild(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.apiError(w, r, hearth.Errorf(hearth.EINVALID, "The child's id must be a whole number; it was %q", r.PathValue("id")))
		return
	}
	rec, _, err := s.openChild(r.Context(), *userOf(r), hearth.ID(id), r.Header.Get("Hearth-Break-Glass-Reason"), "API", time.Time{})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, rec)
}

// handleOpenAPI serves the API's OpenAPI document, which holds no data and so needs no token.
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPIDocument)
}
