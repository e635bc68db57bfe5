package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"hearth"
	"hearth/auth"
)

// oidcCookie holds the sealed OpenID Connect sign-in in progress (state, nonce, PKCE verifier, where to
// go afterwards) while the browser is at the provider. Keeping it in a cookie means no database session is
// made for anonymous visitors. It is sent only to the callback's path.
const oidcCookie = "hearth_oidc"

// handleOIDCBegin sends the browser to the organisation's provider to sign in.
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
	// SameSite=Lax still sends the cookie on the provider's redirect back, a top-level GET.
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Value: sealed, Path: "/sign-in/oidc", MaxAge: int(auth.OIDCFlowLifetime.Seconds()),
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies})
	http.Redirect(w, r, authURL, http.StatusFound)
}

// handleOIDCCallback finishes a sign-in through the provider: it checks the callback against the flow in
// the cookie, finds the account with the identity's email (or makes one with the role the claims map
// to), and starts a session as a local sign-in does. The role comes from the provider every time, so a
// change made there applies at the next sign-in.
func (s *Server) handleOIDCCallback(w http.ResponseWriter, r *http.Request) {
	if s.cfg.OIDC == nil {
		s.notFound(w, r)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: oidcCookie, Path: "/sign-in/oidc", MaxAge: -1, HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies})
	addr := clientAddress(r)
	var flow auth.OIDCFlow
	c, err := r.Cookie(oidcCookie)
	if err == nil {
		flow, err = auth.OpenOIDCFlow(s.flowKey, c.Value)
	}
	var id auth.Identity
	if err == nil {
		id, err = s.cfg.OIDC.FinishFlow(r.Context(), r.URL.Query(), flow, s.now())
	} else {
		err = hearth.WrapError(hearth.EUNAUTHORIZED, err, "Signing in with your organisation's account did not work. Try again, and if it keeps failing tell your administrator.")
	}
	if err != nil {
		s.log.Warn("OpenID Connect sign-in failed", "err", err)
		s.auditSignIn(r, hearth.System, actionSignInFailed, "openid connect: "+oidcFailure(err)+"; address "+addr)
		status := http.StatusUnauthorized
		if hearth.ErrorCode(err) == hearth.EFORBIDDEN {
			status = http.StatusForbidden // known to the provider, but with no Hearth role or no email
		}
		s.oidcRefused(w, r, status, hearth.ErrorMessage(err))
		return
	}
	u, err := s.oidcAccount(r, id)
	if err != nil {
		if hearth.ErrorCode(err) == hearth.EINVALID || hearth.ErrorCode(err) == hearth.EFORBIDDEN {
			s.auditSignIn(r, hearth.System, actionSignInFailed, "openid connect: "+hearth.ErrorMessage(err)+"; address "+addr)
			s.oidcRefused(w, r, http.StatusForbidden, hearth.ErrorMessage(err))
			return
		}
		s.serverError(w, r, err)
		return
	}
	if msg := accountRefusal(u, s.now()); msg != "" {
		s.auditSignIn(r, actorOf(u), actionSignInFailed, "openid connect: account not usable; address "+addr)
		s.oidcRefused(w, r, http.StatusForbidden, msg)
		return
	}
	if err := s.startSession(w, r, u); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.auditSignIn(r, actorOf(u), actionSignIn, fmt.Sprintf("openid connect %s; role claims %s; address %s",
		id.Issuer, strings.Join(id.Claims, ","), addr))
	next := flow.ReturnTo
	if !localPath(next) {
		next = "/"
	}
	s.redirect(w, r, next)
}

// oidcFailure is the detail of a failed OpenID Connect sign-in for the audit log.
func oidcFailure(err error) string {
	var e *hearth.Error
	if errors.As(err, &e) && e.Err != nil {
		return e.Err.Error()
	}
	return err.Error()
}

// oidcAccount returns the account of an identity, making it when the email has none, and bringing its
// name and role in line with what the provider says.
//
// Accounts are matched by email for now; the identity's issuer and subject, which never change, should
// be stored on the account once linked (a column of users still to add).
func (s *Server) oidcAccount(r *http.Request, id auth.Identity) (hearth.User, error) {
	u, err := s.db.UserByEmail(r.Context(), id.Email)
	switch {
	case hearth.ErrorCode(err) == hearth.ENOTFOUND:
		u = hearth.User{Name: id.Name, Email: id.Email, Role: id.Role, Active: true}
		if u.Name == "" {
			u.Name = id.Email
		}
		if id.Team != "" {
			if t, err := s.db.FindTeam(r.Context(), id.Team); err == nil {
				u.TeamID = t.ID
			}
		}
		if err := s.db.CreateUser(r.Context(), hearth.System, &u); err != nil {
			return hearth.User{}, err
		}
		return u, nil
	case err != nil:
		return hearth.User{}, err
	}
	if u.Role != id.Role || (id.Name != "" && u.Name != id.Name) {
		u.Role = id.Role
		if id.Name != "" {
			u.Name = id.Name
		}
		if err := s.db.UpdateUser(r.Context(), hearth.System, &u, "role and name from the organisation's sign-in"); err != nil {
			return hearth.User{}, err
		}
	}
	return u, nil
}

// oidcRefused shows the sign-in page with why signing in through the provider did not work.
func (s *Server) oidcRefused(w http.ResponseWriter, r *http.Request, status int, message string) {
	form := NewForm(nil)
	form.Add("oidc", message)
	s.renderSignIn(w, r, status, form, signInData{})
}
