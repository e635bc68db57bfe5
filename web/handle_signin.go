package web

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/store"
)

// The audit actions of signing in and out.
const (
	actionSignIn            = "sign_in"
	actionSignInFailed      = "sign_in_failed"
	actionSignOut           = "sign_out"
	actionSignOutEverywhere = "sign_out_everywhere"
)

// signInData is the sign-in page's own data.
type signInData struct {
	Next         string
	Expired      string // "idle" or "limit" when the last session timed out
	Kept         bool   // a form posted after the session ended was kept as a draft
	SignedOut    bool
	OIDC         bool // signing in with the organisation's account is offered
	DemoPassword string
	DemoAccounts []DemoAccount
}

// signInMessage is the one message for a wrong email or password, so the page never says which was
// wrong (that would tell someone guessing which email addresses have accounts).
const signInMessage = "Enter a correct email address and password"

// handleSignInForm shows the sign-in form.
func (s *Server) handleSignInForm(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form := NewForm(nil)
	s.renderSignIn(w, r, http.StatusOK, form, signInData{Next: q.Get("next"), Expired: q.Get("expired"),
		Kept: q.Get("kept") == "1", SignedOut: q.Get("signed-out") == "1"})
}

// renderSignIn shows the sign-in page with a form's values and errors.
func (s *Server) renderSignIn(w http.ResponseWriter, r *http.Request, status int, form *Form, data signInData) {
	if !localPath(data.Next) {
		data.Next = ""
	}
	if data.Expired != "idle" && data.Expired != "limit" {
		data.Expired = ""
	}
	data.OIDC = s.cfg.OIDC != nil
	if s.cfg.Demo {
		data.DemoPassword, data.DemoAccounts = s.cfg.DemoPassword, s.cfg.DemoAccounts
	}
	form.Values.Del("password") // a password is never sent back to the browser
	p := s.newPage(r, "Sign in")
	p.Form, p.Data = form, data
	s.render(w, r, status, "signin", p)
}

// handleSignIn checks an email and password and starts a session. Wrong passwords, unknown emails,
// disabled and ended accounts and rate-limited attempts are each written to the audit log as
// sign_in_failed, so failures can be counted and an attack seen.
func (s *Server) handleSignIn(w http.ResponseWriter, r *http.Request) {
	if !s.readForm(w, r) {
		return
	}
	form := NewForm(url.Values{"email": {strings.TrimSpace(r.PostForm.Get("email"))}})
	email, password := strings.ToLower(form.Value("email")), r.PostForm.Get("password")
	data := signInData{Next: r.PostForm.Get("next")}
	if email == "" {
		form.Add("email", "Enter your email address")
	}
	if password == "" {
		form.Add("password", "Enter your password")
	}
	if !form.Valid() {
		s.renderSignIn(w, r, http.StatusUnprocessableEntity, form, data)
		return
	}

	now, addr := s.now(), clientAddress(r)
	if blocked, wait := s.limits.blocked(email, addr, now); blocked {
		s.auditSignIn(r, hearth.System, actionSignInFailed, "too many failed attempts; address "+addr)
		form.Add("email", fmt.Sprintf("Too many failed attempts to sign in. Wait %s and try again, or ask an administrator to check your account", roundUpMinutes(wait)))
		s.renderSignIn(w, r, http.StatusTooManyRequests, form, data)
		return
	}

	u, err := s.db.UserByEmail(r.Context(), email)
	switch {
	case hearth.ErrorCode(err) == hearth.ENOTFOUND:
		// Check a password anyway, so an unknown email takes as long as a known one and timing does not
		// tell which addresses have accounts.
		auth.VerifyPassword(dummyHash(), password)
		s.limits.failed(email, addr, now)
		s.auditSignIn(r, hearth.System, actionSignInFailed, "unknown email address; address "+addr)
		form.Add("email", signInMessage)
		s.renderSignIn(w, r, http.StatusUnauthorized, form, data)
		return
	case err != nil:
		s.serverError(w, r, err)
		return
	}
	ok := false
	if u.PasswordHash != "" {
		ok, _ = auth.VerifyPassword(u.PasswordHash, password)
	} else {
		auth.VerifyPassword(dummyHash(), password) // an OpenID Connect account has no local password
	}
	if !ok {
		s.limits.failed(email, addr, now)
		s.auditSignIn(r, actorOf(u), actionSignInFailed, "wrong password; address "+addr)
		form.Add("email", signInMessage)
		s.renderSignIn(w, r, http.StatusUnauthorized, form, data)
		return
	}
	// Only someone who knows the password learns that the account is disabled or has ended.
	if msg := accountRefusal(u, now); msg != "" {
		s.auditSignIn(r, actorOf(u), actionSignInFailed, "account not usable; address "+addr)
		form.Add("email", msg)
		s.renderSignIn(w, r, http.StatusForbidden, form, data)
		return
	}
	if err := s.startSession(w, r, u); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.auditSignIn(r, actorOf(u), actionSignIn, "address "+addr)
	next := data.Next
	if !localPath(next) {
		next = "/"
	}
	s.redirect(w, r, next)
}

// accountRefusal returns why an account may not sign in at now, or "".
func accountRefusal(u hearth.User, now time.Time) string {
	switch {
	case !u.Active || u.Status != hearth.StatusActive:
		return "Your account has been closed. Ask an administrator if you still need to use Hearth"
	case subjectOf(u).Ended(now) && u.ExpiresAt.IsZero():
		return "Your account has no end date set, which inspector accounts need. Ask an administrator to set one"
	case subjectOf(u).Ended(now):
		return fmt.Sprintf("Your account's access period ended on %s. Ask an administrator if you still need access",
			u.ExpiresAt.In(londonTime).Format("2 January 2006"))
	}
	return ""
}

// auditSignIn writes a sign-in event to the audit log. A failure to write it is logged, not shown: the
// person signing in can do nothing about it.
func (s *Server) auditSignIn(r *http.Request, actor hearth.Actor, action, detail string) {
	if err := s.db.Audit(r.Context(), store.AuditEntry{Actor: actor, Action: action, Detail: detail}); err != nil {
		s.log.Error("could not write a sign-in to the audit log", "action", action, "err", err)
	}
}

// dummyHash is a password hash that no password matches, checked when there is no real one so that every
// sign-in costs the same.
var dummyHash = sync.OnceValue(func() string { return auth.HashPassword(auth.NewPassword()) })

// clientAddress returns the IP address a request came from. Behind a reverse proxy this is the proxy's;
// Hearth does not trust X-Forwarded-For, which anyone can set.
func clientAddress(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// roundUpMinutes says a wait in whole minutes.
func roundUpMinutes(d time.Duration) string {
	m := int((d + time.Minute - 1) / time.Minute)
	if m <= 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}
