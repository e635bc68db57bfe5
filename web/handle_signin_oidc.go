package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"hearth"
	"hearth/auth"
)

// Signing in with the organisation's account (OpenID Connect; councils use Microsoft Entra ID). The
// state, nonce and PKCE verifier of a sign-in in progress travel in a short-lived sealed cookie
// (auth.SealOIDCFlow) rather than a database session, so an anonymous visit to the sign-in page writes
// nothing. The cookie is SameSite=Lax because the callback is a navigation from the provider's site,
// on which a Strict cookie would not be sent.

// oidcCookie names the cookie of a sign-in in progress.
func (s *Server) oidcCookie() string {
	if s.cfg.SecureCookies {
		return "__Host-hearth-oidc"
	}
	return "hearth-oidc"
}

// handleOIDCBegin sends the browser to the organisation's identity provider.
func (s *Server) handleOIDCBegin(w http.ResponseWriter, r *http.Request) {
	if s.cfg.OIDC == nil {
		s.notFound(w, r)
		return
	}
	authURL, flow := s.cfg.OIDC.BeginFlow(r.URL.Query().Get("next"), s.now())
	sealed, err := auth.SealOIDCFlow(s.flowKey, flow)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: s.oidcCookie(), Value: sealed, Path: "/", MaxAge: int(auth.OIDCFlowLifetime.Seconds()),
		HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, authURL, http.StatusFound)
}

// handleOIDCCallback finishes a sign-in: it checks the provider's answer against the cookie's flow,
// finds or creates the Hearth account of the identity (with the role its claims map to), and starts a
// session. Every failure is counted in the audit log like a failed password.
func (s *Server) handleOIDCCallback(w http.ResponseWriter, r *http.Request) {
	if s.cfg.OIDC == nil {
		s.notFound(w, r)
		return
	}
	addr := clientAddress(r)
	fail := func(status int, err error) {
		s.log.Warn("OpenID Connect sign-in failed", "err", err, "address", addr)
		s.auditSignIn(r, hearth.System, actionSignInFailed, "OpenID Connect: "+hearth.ErrorMessage(err)+"; address "+addr)
		form := NewForm(nil)
		form.Add("oidc", hearth.ErrorMessage(err))
		s.renderSignIn(w, r, status, form, signInData{})
	}
	c, err := r.Cookie(s.oidcCookie())
	http.SetCookie(w, &http.Cookie{Name: s.oidcCookie(), Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})
	if err != nil {
		fail(http.StatusUnauthorized, hearth.Errorf(hearth.EUNAUTHORIZED, "The sign-in took too long or was started in another browser. Sign in again."))
		return
	}
	flow, err := auth.OpenOIDCFlow(s.flowKey, c.Value)
	if err != nil {
		fail(http.StatusUnauthorized, err)
		return
	}
	id, err := s.cfg.OIDC.FinishFlow(r.Context(), r.URL.Query(), flow, s.now())
	if err != nil {
		status := http.StatusUnauthorized
		if hearth.ErrorCode(err) == hearth.EFORBIDDEN {
			status = http.StatusForbidden
		}
		fail(status, err)
		return
	}
	u, err := s.accountOf(r.Context(), id)
	if err != nil {
		if hearth.ErrorCode(err) == hearth.EINTERNAL {
			s.serverError(w, r, err)
			return
		}
		fail(http.StatusForbidden, err)
		return
	}
	if msg := accountRefusal(u, s.now()); msg != "" {
		fail(http.StatusForbidden, hearth.Errorf(hearth.EFORBIDDEN, "%s", msg))
		return
	}
	if err := s.startSession(w, r, u); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.auditSignIn(r, actorOf(u), actionSignIn, "OpenID Connect "+id.Issuer+"; address "+addr)
	next := auth.LocalPath(flow.ReturnTo)
	if next == "" || !localPath(next) {
		next = "/"
	}
	s.redirect(w, r, next)
}

// accountOf returns the Hearth account of an identity from the organisation's provider, matched by email:
// a new account is made for someone the provider vouches for and whose claims map to a role (just-in-time
// provisioning), and an existing account's role follows the claims at every sign-in, so that moving
// someone between groups at the provider takes effect when they next sign in. Both are audited by the
// store with the claims as the reason. A closed account stays closed: the provider cannot reopen it.
func (s *Server) accountOf(ctx context.Context, id auth.Identity) (hearth.User, error) {
	why := fmt.Sprintf("OpenID Connect sign-in: claims %s map to %s", strings.Join(id.Claims, ", "), id.Role)
	u, err := s.db.UserByEmail(ctx, id.Email)
	switch {
	case hearth.ErrorCode(err) == hearth.ENOTFOUND:
		u = hearth.User{Name: id.Name, Email: id.Email, Role: id.Role, Active: true}
		if u.Name == "" {
			u.Name = id.Email
		}
		u.TeamID = s.teamNamed(ctx, id.Team)
		if err := s.db.CreateUser(ctx, hearth.System, &u); err != nil {
			return u, err
		}
		return u, nil
	case err != nil:
		return u, err
	}
	if !u.Active || u.Role == id.Role {
		return u, nil
	}
	u.Role = id.Role
	if t := s.teamNamed(ctx, id.Team); t != 0 {
		u.TeamID = t
	}
	err = s.db.UpdateUser(ctx, hearth.System, &u, why)
	return u, err
}

// teamNamed returns the id of the team the provider's team claim names, or 0 when there is no claim or no
// such team (an administrator then sets the team).
func (s *Server) teamNamed(ctx context.Context, name string) hearth.ID {
	if strings.TrimSpace(name) == "" {
		return 0
	}
	t, err := s.db.FindTeam(ctx, name)
	if err != nil {
		s.log.Warn("the OpenID Connect team claim names no team", "team", name, "err", err)
		return 0
	}
	return t.ID
}
