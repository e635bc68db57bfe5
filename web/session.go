package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"time"

	"hearth"
	"hearth/store"
)

// Hearth keeps its own small session manager rather than alexedwards/scs; docs/architecture.md says why
// (the user id in its own column for "sign out everywhere", an injectable clock for the idle timeout and
// absolute limit tests, tokens stored only as hashes, and ended sessions kept so a late form is saved).

// touchEvery returns how stale a session's last-seen time may get before a request writes it again.
// Writing it on every request would make every page a database write; a minute (or a tenth of a shorter
// idle timeout) is far below the idle timeout, so a session is never ended much early.
func (s *Server) touchEvery() time.Duration { return min(time.Minute, s.cfg.IdleTimeout/10) }

// cookieName returns the session cookie's name. With Secure cookies it has the __Host- prefix, which
// browsers accept only from HTTPS, for the path /, without a Domain: no subdomain can set or read it.
func (s *Server) cookieName() string {
	if s.cfg.SecureCookies {
		return "__Host-hearth_session"
	}
	return "hearth_session"
}

// newToken returns a fresh random session token and the hash the database keeps of it.
func newToken() (token, hash string) {
	b := make([]byte, 32)
	rand.Read(b)
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, hashToken(token)
}

// hashToken returns the SHA-256 of a token: a token has 256 random bits, so no salt or slow hash is needed.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// sessionState is what the middleware learns from a request's session cookie.
type sessionState struct {
	Session store.Session
	User    hearth.User
	// Open is true when the session may be used: not ended, within its idle timeout and absolute limit,
	// and its account active and not past its end date.
	Open bool
	// Known is true when the cookie named a session at all (open or not), so its user is known even
	// after it ended: a form posted then is kept as that user's draft.
	Known bool
	// Why says why a known session is not open: "idle", "limit", "signed-out" or "account".
	Why string
}

// loadSession reads the session named by the request's cookie and decides whether it is still open. A
// session found past its idle timeout or absolute limit, or whose account has been disabled or has ended,
// is ended in the database here, so it cannot be revived. With touch, the request counts as use of the
// session and restarts its idle timeout.
func (s *Server) loadSession(ctx context.Context, r *http.Request, touch bool) (sessionState, error) {
	c, err := r.Cookie(s.cookieName())
	if err != nil || c.Value == "" {
		return sessionState{}, nil
	}
	sess, err := s.db.SessionByToken(ctx, hashToken(c.Value))
	if hearth.ErrorCode(err) == hearth.ENOTFOUND {
		return sessionState{}, nil
	}
	if err != nil {
		return sessionState{}, err
	}
	st := sessionState{Session: sess, Known: true}
	if st.User, err = s.db.UserByID(ctx, sess.UserID); err != nil {
		return sessionState{}, err
	}
	now := s.now()
	switch {
	case !sess.EndedAt.IsZero():
		st.Why = "signed-out"
	case !now.Before(sess.ExpiresAt):
		st.Why = "limit"
	case now.Sub(sess.LastSeenAt) >= s.cfg.IdleTimeout:
		st.Why = "idle"
	case !st.User.Active || subjectOf(st.User).Ended(now):
		st.Why = "account"
	default:
		st.Open = true
	}
	if !st.Open && sess.EndedAt.IsZero() {
		if err := s.db.EndSession(ctx, sess.ID); err != nil {
			return sessionState{}, err
		}
	}
	if touch && st.Open && now.Sub(sess.LastSeenAt) >= s.touchEvery() {
		if err := s.db.TouchSession(ctx, sess.ID, now); err != nil {
			return sessionState{}, err
		}
		st.Session.LastSeenAt = now
	}
	return st, nil
}

// startSession signs a user in: it ends the session the browser had (if any), so a token known before
// sign-in is never the signed-in one, and sets the cookie of a new session.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u hearth.User) error {
	if c, err := r.Cookie(s.cookieName()); err == nil && c.Value != "" {
		if old, err := s.db.SessionByToken(r.Context(), hashToken(c.Value)); err == nil {
			if err := s.db.EndSession(r.Context(), old.ID); err != nil {
				return err
			}
		}
	}
	token, hash := newToken()
	if _, err := s.db.CreateSession(r.Context(), hash, u.ID, s.now().Add(s.cfg.AbsoluteLimit)); err != nil {
		return err
	}
	http.SetCookie(w, s.cookie(token, 0))
	return nil
}

// clearCookie removes the session cookie from the browser.
func (s *Server) clearCookie(w http.ResponseWriter) { http.SetCookie(w, s.cookie("", -1)) }

// cookie returns the session cookie: HttpOnly so scripts cannot read it, SameSite=Lax so other sites'
// forms do not carry it, Secure when the server is reached over HTTPS. It has no expiry date, so it goes
// when the browser closes; the server enforces the idle timeout and absolute limit whatever the browser
// keeps.
func (s *Server) cookie(value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: s.cookieName(), Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies}
}
