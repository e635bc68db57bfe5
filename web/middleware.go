package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"hearth"
	"hearth/access"
)

// contentSecurityPolicy allows only Hearth's own scripts, styles, images and forms: no inline script or
// style, no framing (clickjacking), no <base> rewriting. Every page works within it.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// buildHandler puts the route table into a ServeMux, each route wrapped in the enforcement of its policy,
// and wraps the whole in the layers every request passes: panic recovery, the request log, the security
// headers and the cross-origin check of unsafe methods.
func (s *Server) buildHandler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.routes {
		mux.Handle(rt.Method+" "+rt.Pattern, s.enforce(rt))
	}
	// Anything else is a GOV.UK "page not found", not the ServeMux's plain text.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		s.notFound(w, r)
	})

	// CrossOriginProtection refuses a POST (or any unsafe method) that a browser says came from another
	// site (Sec-Fetch-Site, or Origin against Host), which with SameSite cookies is Hearth's CSRF defence:
	// no tokens in forms, so no form can fail for a stale token.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusForbidden, "This form came from another website",
			"Hearth only accepts forms sent from its own pages. Go back to Hearth and try again.")
	}))
	var h http.Handler = cop.Handler(mux)
	h = s.securityHeaders(h)
	h = s.recoverPanics(h)
	h = s.logRequests(h)
	return h
}

// enforce wraps a route's handler in its policy: it reads the session (except for public routes),
// sends people who are not signed in to the sign-in page (keeping any form they posted as a draft),
// refuses roles the policy does not allow, and marks every page of a signed-in user no-store.
func (s *Server) enforce(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.Policy.kind == kindPublic {
			rt.Handler(s, w, r)
			return
		}
		if rt.Policy.kind == kindToken {
			s.enforceToken(rt, w, r)
			return
		}
		// Pages are never cached: those of a signed-in user may hold child data, and the others change
		// with the session.
		w.Header().Set("Cache-Control", "no-store")
		st, err := s.loadSession(r.Context(), r, !rt.Passive)
		if err != nil {
			s.serverError(w, r, fmt.Errorf("reading the session: %w", err))
			return
		}
		if st.Open {
			if info := requestInfoOf(r); info != nil {
				info.userID = st.User.ID
			}
			r = r.WithContext(context.WithValue(r.Context(), sessionKey{}, &st))
		}
		switch {
		case rt.Policy.kind == kindSignedOut && st.Open:
			s.redirect(w, r, "/")
		case rt.Policy.kind == kindSignedOut:
			rt.Handler(s, w, r)
		case !st.Open:
			s.toSignIn(w, r, st)
		case !rt.Policy.Allows(subjectOf(st.User), s.now()):
			s.errorPage(w, r, http.StatusForbidden, "You cannot use this page",
				"Your role does not include this page. If your work needs it, ask your manager or an administrator.")
		default:
			rt.Handler(s, w, r)
		}
	})
}

// toSignIn answers a request that needs a signed-in user but has no open session. A form posted to a
// session that has ended is kept as its user's draft first, so nothing typed is lost; scripts (which
// ask for JSON) get 401 rather than a redirect they cannot show.
func (s *Server) toSignIn(w http.ResponseWriter, r *http.Request, st sessionState) {
	if st.Known {
		s.clearCookie(w)
	}
	kept := false
	if st.Known && r.Method == http.MethodPost {
		var err error
		if kept, err = s.keepPostedForm(r, st.User.ID); err != nil {
			s.log.Warn("could not keep a form posted after the session ended", "path", r.URL.Path, "err", err)
		}
	}
	if strings.Contains(r.Header.Get("Accept"), "application/json") {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"error":"signed out"}`)
		return
	}
	q := url.Values{}
	next := r.URL.Path
	if r.Method == http.MethodGet && r.URL.RawQuery != "" {
		next += "?" + r.URL.RawQuery
	}
	if next != "/" && localPath(next) && !noReturnPaths[r.URL.Path] {
		q.Set("next", next)
	}
	if st.Why == "idle" || st.Why == "limit" {
		q.Set("expired", st.Why)
	}
	if kept {
		q.Set("kept", "1")
	}
	target := "/sign-in"
	if len(q) > 0 {
		target += "?" + q.Encode()
	}
	s.redirect(w, r, target)
}

// noReturnPaths are the routes that a person is not sent back to after signing in again.
var noReturnPaths = map[string]bool{"/sign-out": true, "/sign-out-everywhere": true, "/session/refresh": true, "/session/status": true,
	"/drafts": true, "/drafts/discard": true}

// localPath reports whether p is a path on this server, so that a ?next= cannot send someone elsewhere
// (an open redirect): it must start with one slash and not two, nor a slash and a backslash.
func localPath(p string) bool {
	return strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "/\\")
}

// sessionKey is the context key of the signed-in request's *sessionState.
type sessionKey struct{}

// sessionOf returns the open session of a request, or nil when no one is signed in.
func sessionOf(r *http.Request) *sessionState {
	st, _ := r.Context().Value(sessionKey{}).(*sessionState)
	return st
}

// userOf returns the signed-in user of a request, or nil.
func userOf(r *http.Request) *hearth.User {
	if st := sessionOf(r); st != nil {
		return &st.User
	}
	return nil
}

// subjectOf returns the access subject of a user account.
func subjectOf(u hearth.User) access.Subject { return access.SubjectOf(u) }

// actorOf returns the audit actor of a user account.
func actorOf(u hearth.User) hearth.Actor {
	return hearth.Actor{UserID: u.ID, Name: u.Name, Role: u.Role}
}

// securityHeaders sets the headers every response carries.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if s.cfg.SecureCookies {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into the error page and a log entry, so one bad request
// neither kills the server nor shows a stack trace.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.serverError(w, r, fmt.Errorf("panic: %v\n%s", p, debug.Stack()))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// requestInfo is what the request log learns while the request is served.
type requestInfo struct {
	status int
	userID hearth.ID
}

type requestInfoKey struct{}

func requestInfoOf(r *http.Request) *requestInfo {
	info, _ := r.Context().Value(requestInfoKey{}).(*requestInfo)
	return info
}

// statusRecorder remembers the status a handler wrote, for the log.
type statusRecorder struct {
	http.ResponseWriter
	info *requestInfo
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.info.status == 0 {
		w.info.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.info.status == 0 {
		w.info.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests writes one structured line per request: method, the route pattern and the path without
// its query (a search's query holds names, which must never reach a log), status, duration and the
// signed-in user's id. The health check is not logged, so a load test does not drown the log.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		info := &requestInfo{}
		r = r.WithContext(context.WithValue(r.Context(), requestInfoKey{}, info))
		next.ServeHTTP(&statusRecorder{ResponseWriter: w, info: info}, r)
		if info.status == 0 {
			info.status = http.StatusOK
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("route", r.Pattern),
			slog.Int("status", info.status), slog.Duration("took", time.Since(start)), slog.Int64("user", info.userID))
	})
}
