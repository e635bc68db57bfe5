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

// newOIDCApp starts the application with sign-in through a test provider whose Hearth.* app roles map
// to Hearth roles.
func newOIDCApp(t *testing.T, user oidctest.User) (*app, *oidctest.Provider) {
	t.Helper()
	p := oidctest.New(t, "hearth", "client-secret", user)
	a := newAppAt(t, func(base string, cfg *web.Config) {
		o, err := auth.NewOIDC(context.Background(), auth.OIDCConfig{Issuer: p.Issuer, ClientID: p.ClientID,
			ClientSecret: p.ClientSecret, RedirectURL: base + "/sign-in/oidc/callback",
			RoleMap: []auth.RoleMapping{
				{Value: "Hearth.Manager", Role: hearth.RoleTeamManager},
				{Value: "Hearth.Practitioner", Role: hearth.RolePractitioner},
			}})
		if err != nil {
			t.Fatal(err)
		}
		cfg.OIDC = o
	})
	return a, p
}

func TestOpenIDConnectSignIn(t *testing.T) {
	a, p := newOIDCApp(t, oidctest.User{Subject: "kim-1", Email: "Kim.Lee@Example.org", Name: "Kim Lee", Roles: []string{"Hearth.Practitioner"}})

	t.Run("the sign-in page offers the organisation's sign-in", func(t *testing.T) {
		if res := a.browser().get("/sign-in"); !strings.Contains(res.Body, `href="/sign-in/oidc"`) {
			t.Fatalf("%s", res.Body)
		}
	})

	t.Run("a new person is signed in with an account made with their mapped role", func(t *testing.T) {
		b := a.browser()
		res := b.follow("/sign-in/oidc")
		if res.StatusCode != http.StatusOK || res.Request.URL.Path != "/" || !strings.Contains(res.Body, "Kim Lee") {
			t.Fatalf("%d at %s\n%s", res.StatusCode, res.Request.URL, res.Body)
		}
		u, err := a.db.UserByEmail(context.Background(), "kim.lee@example.org")
		if err != nil || u.Role != hearth.RolePractitioner || u.PasswordHash != "" || !u.Active {
			t.Fatalf("the account: %+v, %v", u, err)
		}
		if a.auditCount("sign_in") != 1 {
			t.Error("the sign-in was not audited")
		}
	})

	t.Run("next survives the trip to the provider", func(t *testing.T) {
		res := a.browser().follow("/sign-in/oidc?next=%2Faccount")
		if res.Request.URL.Path != "/account" {
			t.Fatalf("ended at %s", res.Request.URL)
		}
	})

	t.Run("a role changed at the provider applies at the next sign-in", func(t *testing.T) {
		p.SetUser(oidctest.User{Subject: "kim-1", Email: "kim.lee@example.org", Name: "Kim Lee", Roles: []string{"Hearth.Manager", "Hearth.Practitioner"}})
		a.browser().follow("/sign-in/oidc")
		u, _ := a.db.UserByEmail(context.Background(), "kim.lee@example.org")
		if u.Role != hearth.RoleTeamManager {
			t.Fatalf("role %s, want team_manager", u.Role)
		}
	})

	t.Run("a person without a Hearth role is refused and told why", func(t *testing.T) {
		p.SetUser(oidctest.User{Subject: "sam-1", Email: "sam@example.org", Name: "Sam", Roles: []string{"Payroll"}})
		res := a.browser().follow("/sign-in/oidc")
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "does not have a Hearth role") ||
			!strings.Contains(res.Body, "There is a problem") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
		if _, err := a.db.UserByEmail(context.Background(), "sam@example.org"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Fatalf("an account was made: %v", err)
		}
	})

	t.Run("a closed account is refused", func(t *testing.T) {
		a.addUser("closed@example.org", hearth.RolePractitioner, func(u *hearth.User) { u.Active = false })
		p.SetUser(oidctest.User{Subject: "c-1", Email: "closed@example.org", Name: "Closed", Roles: []string{"Hearth.Practitioner"}})
		res := a.browser().follow("/sign-in/oidc")
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "Your account has been closed") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("a callback without a sign-in in progress is refused", func(t *testing.T) {
		res := a.browser().follow("/sign-in/oidc/callback?code=stolen&state=guessed")
		if res.StatusCode != http.StatusUnauthorized || !strings.Contains(res.Body, "did not work") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("a provider's bad token is refused", func(t *testing.T) {
		p.SetUser(oidctest.User{Subject: "kim-1", Email: "kim.lee@example.org", Name: "Kim Lee", Roles: []string{"Hearth.Practitioner"}})
		p.SetFault(oidctest.WrongAudience)
		defer p.SetFault(oidctest.NoFault)
		before := a.auditCount("sign_in_failed")
		res := a.browser().follow("/sign-in/oidc")
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
		if a.auditCount("sign_in_failed") != before+1 {
			t.Error("the failure was not audited")
		}
	})
}

func TestWithoutOpenIDConnectItsRoutesAreNotFound(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	if res := b.get("/sign-in"); strings.Contains(res.Body, "/sign-in/oidc") {
		t.Error("the sign-in page offers a provider that is not configured")
	}
	if res := b.get("/sign-in/oidc"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /sign-in/oidc: %d", res.StatusCode)
	}
}
