package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"

	"hearth"
)

// Drafts keep what a person types. app.js posts the fields of the form they are typing to /drafts every
// few seconds and offers the draft back when the page is opened again; a form posted after the session
// ended is kept the same way by the middleware (keepPostedForm), and the page handler puts it back into
// the form after the person signs in again (restoreDraft), with or without JavaScript. A draft is one per
// user and page (its path), in the drafts table.

// maxDraftBytes is the largest draft kept: far more than any form's text, small enough to refuse abuse.
const maxDraftBytes = 256 << 10

// draftFields are the fields never kept in a draft.
func keepField(name string) bool {
	n := strings.ToLower(name)
	return !strings.Contains(n, "password") && !strings.HasPrefix(n, "_")
}

// handleDraft returns the signed-in user's draft of a page as JSON, {"savedAt": ..., "values": {...}},
// or 404.
func (s *Server) handleDraft(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Query().Get("path")
	d, err := s.db.DraftOf(r.Context(), userOf(r).ID, path)
	if hearth.ErrorCode(err) == hearth.ENOTFOUND || !localPath(path) {
		http.Error(w, `{"error":"no draft"}`, http.StatusNotFound)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"savedAt": d.SavedAt.Format(time.RFC3339), "values": json.RawMessage(d.Data)})
}

// handleSaveDraft keeps a draft: the form fields path (the page) and values (JSON: each field name to
// its list of values).
func (s *Server) handleSaveDraft(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxDraftBytes+4096)
	if err := r.ParseForm(); err != nil {
		http.Error(w, `{"error":"too large"}`, http.StatusRequestEntityTooLarge)
		return
	}
	if err := s.saveDraftFields(r, userOf(r).ID); err != nil {
		http.Error(w, `{"error":"not a draft"}`, http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"saved":true}` + "\n"))
}

// saveDraftFields stores the draft posted to /drafts.
func (s *Server) saveDraftFields(r *http.Request, userID hearth.ID) error {
	path := r.PostForm.Get("path")
	var values url.Values
	if err := json.Unmarshal([]byte(r.PostForm.Get("values")), &values); err != nil || !localPath(path) {
		return hearth.Errorf(hearth.EINVALID, "not a draft")
	}
	return s.saveDraft(r, userID, path, values)
}

// saveDraft stores values as a user's draft of path, leaving out passwords.
func (s *Server) saveDraft(r *http.Request, userID hearth.ID, path string, values url.Values) error {
	for k := range values {
		if !keepField(k) {
			delete(values, k)
		}
	}
	b, err := json.Marshal(values)
	if err != nil {
		return err
	}
	if len(b) > maxDraftBytes {
		return hearth.Errorf(hearth.EINVALID, "the draft is too large")
	}
	return s.db.SaveDraft(r.Context(), userID, path, string(b))
}

// handleDiscardDraft throws away the signed-in user's draft of a page (the form field path).
func (s *Server) handleDiscardDraft(w http.ResponseWriter, r *http.Request) {
	path := r.FormValue("path")
	if err := s.db.DeleteDraft(r.Context(), userOf(r).ID, path); err != nil {
		s.serverError(w, r, err)
		return
	}
	if strings.Contains(r.Header.Get("Accept"), "application/json") {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"discarded":true}` + "\n"))
		return
	}
	if !localPath(path) {
		path = "/"
	}
	s.redirect(w, r, path)
}

// keepPostedForm keeps a form posted after its session ended as the user's draft of the page, and reports
// whether it kept anything. A draft posted by app.js is kept as the draft it is.
func (s *Server) keepPostedForm(r *http.Request, userID hearth.ID) (bool, error) {
	if noReturnPaths[r.URL.Path] && r.URL.Path != "/drafts" {
		return false, nil
	}
	r.Body = http.MaxBytesReader(nil, r.Body, maxDraftBytes+4096)
	if err := r.ParseForm(); err != nil {
		return false, err
	}
	if r.URL.Path == "/drafts" {
		return true, s.saveDraftFields(r, userID)
	}
	if len(r.PostForm) == 0 {
		return false, nil
	}
	return true, s.saveDraft(r, userID, r.URL.Path, r.PostForm)
}

// restoreDraft returns the signed-in user's draft of this page, for a handler to put back into its form
// (ok false when there is none). Form pages call it on GET, so that what was typed before a session
// ended comes back after signing in again even without JavaScript; the handler deletes the draft with
// s.db.DeleteDraft once the form is saved.
func (s *Server) restoreDraft(r *http.Request) (url.Values, time.Time, bool) {
	u := userOf(r)
	if u == nil {
		return nil, time.Time{}, false
	}
	d, err := s.db.DraftOf(r.Context(), u.ID, r.URL.Path)
	if err != nil {
		return nil, time.Time{}, false
	}
	var values url.Values
	if json.Unmarshal([]byte(d.Data), &values) != nil {
		return nil, time.Time{}, false
	}
	return values, d.SavedAt, true
}
