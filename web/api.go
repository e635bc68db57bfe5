package web

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"hearth"
)

// The JSON API (/api/v1) serves the same reads as the pages to service accounts, which present a bearer
// token made by `hearth user token` instead of signing in. It passes through the same route table, the
// same access rules (openChild, VisibleChildren) and the same audit as the pages; only the way the caller
// proves who they are, and the shape of the answers, differ. openapi.json describes it and is served at
// /api/v1/openapi.json.

//go:embed openapi.json
var openAPIDocument []byte

// enforceToken runs an API route: it finds the account of the request's bearer token, checks the route's
// policy against the account's role, and answers every refusal in JSON with a status a client can act on.
// API responses are never cached, like every page with child data.
func (s *Server) enforceToken(rt route, w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || strings.TrimSpace(token) == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="hearth"`)
		s.apiError(w, r, hearth.Errorf(hearth.EUNAUTHORIZED, "Send an API token in the Authorization header: Bearer hearth_... (an administrator makes one with hearth user token)"))
		return
	}
	u, err := s.db.UserByAPIToken(r.Context(), strings.TrimSpace(token))
	if err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="hearth", error="invalid_token"`)
		s.apiError(w, r, err)
		return
	}
	if !rt.Policy.Allows(subjectOf(u), s.now()) {
		s.apiError(w, r, hearth.Errorf(hearth.EFORBIDDEN, "The account's role does not include this part of the API"))
		return
	}
	if info := requestInfoOf(r); info != nil {
		info.userID = u.ID
	}
	st := &sessionState{User: u, Open: true}
	rt.Handler(s, w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, st)))
}

// apiStatus is the HTTP status of each error code.
var apiStatus = map[string]int{
	hearth.EINVALID:      http.StatusBadRequest,
	hearth.EUNAUTHORIZED: http.StatusUnauthorized,
	hearth.EFORBIDDEN:    http.StatusForbidden,
	hearth.ENOTFOUND:     http.StatusNotFound,
	hearth.ECONFLICT:     http.StatusConflict,
	hearth.EUNAVAILABLE:  http.StatusServiceUnavailable,
	hearth.EINTERNAL:     http.StatusInternalServerError,
}

// apiError answers with {"error": {"code", "message"}}. The message is the error's user-safe one; an
// unexpected error is logged and answered with a generic message, as the pages do.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	code := hearth.ErrorCode(err)
	var bg errBreakGlass
	if errors.As(err, &bg) {
		code = hearth.EFORBIDDEN
		err = hearth.Errorf(code, "%s Send the reason in the Hearth-Break-Glass-Reason header.", bg.decision.Reason)
	}
	status, ok := apiStatus[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		s.log.Error("API request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	s.writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": hearth.ErrorMessage(err)}})
}

// writeJSON answers with v as JSON.
func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.log.Error("writing a JSON answer", "err", err)
		status, b = http.StatusInternalServerError, []byte(`{"error":{"code":"internal","message":"Sorry, there is a problem with the service."}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
}
