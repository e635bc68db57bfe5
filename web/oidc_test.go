package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"hearth"
	"hearth/auth"
	"hearth/auth/oidctest"
	"hearth/web"
)

// oidcSignIn runs the whole OpenID Connect sign-in in a new browser: Hearth's redirect to the provider,
// the provider's redirect back, and Hearth's callback. It returns the browser and the callback's answer.
func oidcSignIn(t *testing.T, a *app, p *oidctest.Provider, next string) (*browser, response) {
	t.Helper()
	b := a.browser()
	res := b.get("/sign-in/oidc?next=" + next)
	if res.StatusCode != http.StatusFound {
		t.Fatalf("starting the sign-in: %d %s", res.StatusCode, res.Body)
	}
	cb, err := p.Authorize(res.Header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	return b, b.get(cb.Path + "?" + cb.RawQuery)
}

func TestSignInWithTheOrganisationsAccount(t *testing.T) {
	p := oidctest.New(t, "hearth", "client-secret", oidctest.User{Subject: "u-1", Email: "Nadia.Khan@Example.org", Name: "Nadia Khan", Groups: []string{"sw-group"}})
	roles, err := auth.ParseRoleMap("mgr-group=team_manager,sw-group=practitioner")
	if err != nil {
		t.Fatal(err)
	}
	o, err := auth.NewOIDC(context.Background(), auth.OIDCConfig{Issuer: p.Issuer, ClientID: "hearth", ClientSecret: "client-secret",
		RedirectURL: "http://localhost/sign-in/oidc/callback", RoleClaim: "groups", RoleMap: roles})
	if err != nil {
		t.Fatal(err)
	}
	a := newApp(t, func(c *web.Config) { c.OIDC = o })

	if res := a.browser().get("/sign-in"); !strings.Contains(res.Body, "Sign in with your organisation") {
		t.Fatalf("the sign-in page does not offer the organisation's account:\n%s", res.Body)
	}

	t.Run("a first sign-in makes the account with the role the claims map to", func(t *testing.T) {
		before := a.auditCount("sign_in")
		b, res := oidcSignIn(t, a, p, "/account")
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/account" {
			t.Fatalf("callback: %d %s\n%s", res.StatusCode, res.Header.Get("Location"), res.Body)
		}
		if res := b.get("/account"); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Nadia Khan") {
			t.Fatalf("after signing in: %d", res.StatusCode)
		}
		u, err := a.db.UserByEmail(context.Background(), "nadia.khan@example.org")
		if err != nil || u.Role != hearth.RolePractitioner || u.PasswordHash != "" {
			t.Fatalf("the account made: %+v, %v", u, err)
		}
		if a.auditCount("sign_in") != before+1 {
			t.Error("the sign-in is not audited")
		}
	})

	t.Run("the role follows the claims at the next sign-in, with history", func(t *testing.T) {
		p.SetUser(oidctest.User{Subject: "u-1", Email: "nadia.khan@example.org", Name: "Nadia Khan", Groups: []string{"sw-group", "mgr-group"}})
		if _, res := oidcSignIn(t, a, p, "/"); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("callback: %d\n%s", res.StatusCode, res.Body)
		}
		u, _ := a.db.UserByEmail(context.Background(), "nadia.khan@example.org")
		hist, err := a.db.History(context.Background(), "users", u.ID)
		if u.Role != hearth.RoleTeamManager || err != nil || len(hist) != 1 || !strings.Contains(hist[0].Reason, "mgr-group") {
			t.Fatalf("role %s, history %+v, %v", u.Role, hist, err)
		}
	})

	t.Run("someone whose claims map to no role is refused with a way forward", func(t *testing.T) {
		p.SetUser(oidctest.User{Subject: "u-2", Email: "visitor@example.org", Name: "Visitor", Groups: []string{"other"}})
		before := a.auditCount("sign_in_failed")
		_, res := oidcSignIn(t, a, p, "/")
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "administrator") || !strings.Contains(res.Body, "govuk-error-summary") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
		if a.auditCount("sign_in_failed") != before+1 {
			t.Error("the refusal is not counted")
		}
		if _, err := a.db.UserByEmail(context.Background(), "visitor@example.org"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Errorf("an account was made for someone without a role: %v", err)
		}
	})

	t.Run("a closed account stays closed", func(t *testing.T) {
		u, _ := a.db.UserByEmail(context.Background(), "nadia.khan@example.org")
		u.Active = false
		if err := a.db.UpdateUser(context.Background(), hearth.System, &u, "left the council"); err != nil {
			t.Fatal(err)
		}
		p.SetUser(oidctest.User{Subject: "u-1", Email: "nadia.khan@example.org", Name: "Nadia Khan", Groups: []string{"sw-group"}})
		if _, res := oidcSignIn(t, a, p, "/"); res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "closed") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("a callback without the sign-in's cookie is refused", func(t *testing.T) {
		if res := a.browser().get("/sign-in/oidc/callback?code=x&state=y"); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%d", res.StatusCode)
		}
	})
}
