package auth_test

import (
	"context"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"hearth"
	"hearth/auth"
	"hearth/auth/oidctest"
)

const (
	testClientID     = "hearth-test-client"
	testClientSecret = "hearth-test-secret"
	testRedirect     = "http://127.0.0.1:8080/sign-in/oidc/callback"

	groupManagers  = "9d1a6a0c-0000-4000-8000-00000000000a" // Entra group object ids
	groupWorkers   = "9d1a6a0c-0000-4000-8000-00000000000b"
	groupEveryone  = "9d1a6a0c-0000-4000-8000-00000000000c"
	appRoleAnalyst = "Hearth.Analyst"
)

var alice = oidctest.User{
	Subject: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
	Email:   "Alice.Adebayo@council.example.gov.uk",
	Name:    "Alice Adebayo",
	Groups:  []string{groupEveryone, groupWorkers},
}

// newOIDC starts a test provider signing in user and an OIDC client for it with the given role claim and
// role map.
func newOIDC(t *testing.T, user oidctest.User, roleClaim string, roleMap string) (*auth.OIDC, *oidctest.Provider) {
	t.Helper()
	p := oidctest.New(t, testClientID, testClientSecret, user)
	rm, err := auth.ParseRoleMap(roleMap)
	if err != nil {
		t.Fatal(err)
	}
	o, err := auth.NewOIDC(context.Background(), auth.OIDCConfig{
		Issuer: p.Issuer, ClientID: testClientID, ClientSecret: testClientSecret, RedirectURL: testRedirect,
		RoleClaim: roleClaim, RoleMap: rm, TeamClaim: "department",
	})
	if err != nil {
		t.Fatal(err)
	}
	return o, p
}

// signIn runs the whole code flow as the web package will: Begin, the browser's visit to the provider,
// and Finish with what came back on the callback.
func signIn(t *testing.T, o *auth.OIDC, p *oidctest.Provider) (auth.Identity, error) {
	t.Helper()
	authURL, state, nonce, verifier := o.Begin()
	cb := callback(t, p, authURL)
	q := cb.Query()
	return o.Finish(context.Background(), q.Get("code"), q.Get("state"), state, nonce, verifier)
}

func callback(t *testing.T, p *oidctest.Provider, authURL string) *url.URL {
	t.Helper()
	cb, err := p.Authorize(authURL)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(cb.String(), testRedirect+"?") {
		t.Fatalf("the provider redirected to %s, not the callback", cb)
	}
	return cb
}

func TestOIDCSignIn(t *testing.T) {
	o, p := newOIDC(t, alice, "groups", groupManagers+"=team_manager,"+groupWorkers+"=practitioner")

	t.Run("the whole code flow gives the person and their role", func(t *testing.T) {
		id, err := signIn(t, o, p)
		if err != nil {
			t.Fatal(err)
		}
		want := auth.Identity{Issuer: p.Issuer, Subject: alice.Subject, Email: "alice.adebayo@council.example.gov.uk",
			Name: "Alice Adebayo", Role: hearth.RolePractitioner, Roles: []hearth.Role{hearth.RolePractitioner},
			Claims: alice.Groups}
		if !reflect.DeepEqual(id, want) {
			t.Errorf("got  %+v\nwant %+v", id, want)
		}
	})
	t.Run("the authorize request carries state, nonce, PKCE S256 and the scopes", func(t *testing.T) {
		authURL, state, nonce, verifier := o.Begin()
		callback(t, p, authURL)
		q := p.LastAuthorize()
		if q.Get("state") != state || q.Get("nonce") != nonce || q.Get("code_challenge_method") != "S256" ||
			q.Get("code_challenge") == "" || q.Get("scope") != "openid profile email" || q.Get("redirect_uri") != testRedirect {
			t.Errorf("authorize query %v", q)
		}
		if strings.Contains(authURL, verifier) {
			t.Errorf("the PKCE verifier appears in the authorize URL")
		}
	})
	t.Run("each sign-in gets its own state, nonce and verifier", func(t *testing.T) {
		_, s1, n1, v1 := o.Begin()
		_, s2, n2, v2 := o.Begin()
		if s1 == s2 || n1 == n2 || v1 == v2 || len(s1) < 43 || len(n1) < 43 {
			t.Errorf("Begin gave %q %q %q and %q %q %q", s1, n1, v1, s2, n2, v2)
		}
	})
	t.Run("a code is used once", func(t *testing.T) {
		authURL, state, nonce, verifier := o.Begin()
		q := callback(t, p, authURL).Query()
		if _, err := o.Finish(context.Background(), q.Get("code"), q.Get("state"), state, nonce, verifier); err != nil {
			t.Fatal(err)
		}
		_, err := o.Finish(context.Background(), q.Get("code"), q.Get("state"), state, nonce, verifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "invalid_grant")
	})
}

// assertRefused checks that err is a hearth.Error with code, the user-safe message for it, and detail
// (for the log) containing what.
func assertRefused(t *testing.T, err error, code, what string) {
	t.Helper()
	if hearth.ErrorCode(err) != code {
		t.Fatalf("err = %v; want a %s error", err, code)
	}
	if !strings.Contains(err.Error(), what) {
		t.Errorf("error %q does not say %q", err, what)
	}
	msg := hearth.ErrorMessage(err)
	for _, internal := range []string{"claim", "token", "OIDC", "OpenID", "group", "nonce", "state"} {
		if strings.Contains(msg, internal) {
			t.Errorf("the user's message %q names %q", msg, internal)
		}
	}
}

func TestOIDCRefusesBadTokens(t *testing.T) {
	o, p := newOIDC(t, alice, "groups", groupWorkers+"=practitioner")
	cases := []struct {
		fault oidctest.Fault
		why   string
	}{
		{oidctest.WrongAudience, "expected audience"},
		{oidctest.Expired, "expired"},
		{oidctest.WrongNonce, "nonce"},
		{oidctest.WrongKey, "signature"},
		{oidctest.WrongIssuer, "issued by a different provider"},
		{oidctest.NoIDToken, "no ID token"},
	}
	for _, tc := range cases {
		t.Run("a token with "+tc.fault.String()+" is refused", func(t *testing.T) {
			p.SetFault(tc.fault)
			defer p.SetFault(oidctest.NoFault)
			id, err := signIn(t, o, p)
			if err == nil {
				t.Fatalf("signed in as %+v", id)
			}
			assertRefused(t, err, hearth.EUNAUTHORIZED, tc.why)
		})
	}
	t.Run("the provider works again once the fault is gone", func(t *testing.T) {
		if _, err := signIn(t, o, p); err != nil {
			t.Fatal(err)
		}
	})
}

func TestOIDCRefusesABrokenFlow(t *testing.T) {
	o, p := newOIDC(t, alice, "groups", groupWorkers+"=practitioner")
	ctx := context.Background()
	authURL, state, nonce, verifier := o.Begin()
	q := callback(t, p, authURL).Query()
	code := q.Get("code")

	t.Run("a state that does not match is refused without asking the provider", func(t *testing.T) {
		before := p.TokenRequests()
		_, other, _, _ := o.Begin()
		_, err := o.Finish(ctx, code, other, state, nonce, verifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "state")
		_, err = o.Finish(ctx, code, "", "", nonce, verifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "state")
		if p.TokenRequests() != before {
			t.Errorf("the code was sent to the provider")
		}
	})
	t.Run("a callback without a code, or a flow without a nonce or verifier, is refused", func(t *testing.T) {
		_, err := o.Finish(ctx, "", state, state, nonce, verifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "no code")
		_, err = o.Finish(ctx, code, state, state, "", verifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "no nonce or PKCE verifier")
		_, err = o.Finish(ctx, code, state, state, nonce, "")
		assertRefused(t, err, hearth.EUNAUTHORIZED, "no nonce or PKCE verifier")
	})
	t.Run("a wrong PKCE verifier is refused by the provider", func(t *testing.T) {
		_, _, _, otherVerifier := o.Begin()
		_, err := o.Finish(ctx, code, state, state, nonce, otherVerifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "code_verifier")
	})
	t.Run("a nonce other than the one kept is refused", func(t *testing.T) {
		authURL, state, _, verifier := o.Begin()
		q := callback(t, p, authURL).Query()
		_, err := o.Finish(ctx, q.Get("code"), q.Get("state"), state, "another-nonce", verifier)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "nonce")
	})
	t.Run("a wrong client secret is refused", func(t *testing.T) {
		rm, _ := auth.ParseRoleMap(groupWorkers + "=practitioner")
		bad, err := auth.NewOIDC(ctx, auth.OIDCConfig{Issuer: p.Issuer, ClientID: testClientID, ClientSecret: "wrong",
			RedirectURL: testRedirect, RoleClaim: "groups", RoleMap: rm})
		if err != nil {
			t.Fatal(err)
		}
		_, err = signIn(t, bad, p)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "invalid_client")
	})
	t.Run("a provider's refusal on the callback is reported", func(t *testing.T) {
		p.SetDeny(true)
		defer p.SetDeny(false)
		authURL, _, _, _ := o.Begin()
		err := auth.CallbackError(callback(t, p, authURL).Query())
		assertRefused(t, err, hearth.EUNAUTHORIZED, "access_denied")
		if !strings.Contains(hearth.ErrorMessage(err), "cancelled or refused") {
			t.Errorf("message %q", hearth.ErrorMessage(err))
		}
		err = auth.CallbackError(url.Values{"error": {"server_error"}, "error_description": {"AADSTS50000: something"}})
		assertRefused(t, err, hearth.EUNAUTHORIZED, "AADSTS50000")
		if hearth.ErrorMessage(err) != hearth.ErrorMessage(refusedByFault(t)) {
			t.Errorf("a provider's fault gives %q", hearth.ErrorMessage(err))
		}
		if auth.CallbackError(url.Values{"code": {"x"}}) != nil {
			t.Errorf("a callback with a code is reported as an error")
		}
	})
}

func TestOIDCRoleMapping(t *testing.T) {
	roleMap := groupManagers + "=team_manager," + groupWorkers + "=practitioner," + appRoleAnalyst + "=performance_analyst"
	t.Run("a group maps to its role", func(t *testing.T) {
		o, p := newOIDC(t, alice, "groups", roleMap)
		id, err := signIn(t, o, p)
		if err != nil || id.Role != hearth.RolePractitioner {
			t.Errorf("role %q, err %v", id.Role, err)
		}
	})
	t.Run("an app role maps to its role", func(t *testing.T) {
		u := alice
		u.Groups, u.Roles = nil, []string{appRoleAnalyst}
		o, p := newOIDC(t, u, "roles", roleMap)
		id, err := signIn(t, o, p)
		if err != nil || id.Role != hearth.RoleAnalyst || !reflect.DeepEqual(id.Claims, []string{appRoleAnalyst}) {
			t.Errorf("identity %+v, err %v", id, err)
		}
	})
	t.Run("a single string claim is read as one value", func(t *testing.T) {
		u := alice
		u.Groups, u.Claims = nil, map[string]any{"groups": groupManagers}
		o, p := newOIDC(t, u, "groups", roleMap)
		id, err := signIn(t, o, p)
		if err != nil || id.Role != hearth.RoleTeamManager {
			t.Errorf("role %q, err %v", id.Role, err)
		}
	})
	t.Run("several roles: the first in the configured order wins, whatever the token's order", func(t *testing.T) {
		u := alice
		u.Groups = []string{groupWorkers, groupEveryone, groupManagers}
		o, p := newOIDC(t, u, "groups", roleMap)
		id, err := signIn(t, o, p)
		if err != nil || id.Role != hearth.RoleTeamManager ||
			!reflect.DeepEqual(id.Roles, []hearth.Role{hearth.RoleTeamManager, hearth.RolePractitioner}) {
			t.Errorf("role %q, roles %v, err %v", id.Role, id.Roles, err)
		}
		o2, p2 := newOIDC(t, u, "groups", groupWorkers+"=practitioner,"+groupManagers+"=team_manager")
		if id, err := signIn(t, o2, p2); err != nil || id.Role != hearth.RolePractitioner {
			t.Errorf("with workers first: role %q, err %v", id.Role, err)
		}
	})
	t.Run("no mapped value is refused, telling the person to ask their administrator", func(t *testing.T) {
		u := alice
		u.Groups = []string{groupEveryone}
		o, p := newOIDC(t, u, "groups", roleMap)
		_, err := signIn(t, o, p)
		assertRefused(t, err, hearth.EFORBIDDEN, groupEveryone)
		if msg := hearth.ErrorMessage(err); !strings.Contains(msg, "Ask your administrator to give you a Hearth role") {
			t.Errorf("message %q", msg)
		}
	})
	t.Run("no role claim at all is refused", func(t *testing.T) {
		u := alice
		u.Groups = nil
		o, p := newOIDC(t, u, "groups", roleMap)
		_, err := signIn(t, o, p)
		assertRefused(t, err, hearth.EFORBIDDEN, "no value")
	})
	t.Run("an Entra groups overage is refused with advice for the administrator", func(t *testing.T) {
		u := alice
		u.Groups = nil
		u.Claims = map[string]any{
			"_claim_names":   map[string]any{"groups": "src1"},
			"_claim_sources": map[string]any{"src1": map[string]any{"endpoint": "https://graph.microsoft.com/v1.0/users/x/getMemberObjects"}},
		}
		o, p := newOIDC(t, u, "groups", roleMap)
		_, err := signIn(t, o, p)
		assertRefused(t, err, hearth.EFORBIDDEN, "too many groups")
	})
}

func TestOIDCIdentityClaims(t *testing.T) {
	cases := []struct {
		name   string
		user   func(*oidctest.User)
		email  string
		person string
		team   string
	}{
		{"preferred_username stands in for a missing email, as Entra sends it",
			func(u *oidctest.User) {
				u.Email, u.Claims = "", map[string]any{"preferred_username": "Bob.Brown@Council.example.gov.uk"}
			},
			"bob.brown@council.example.gov.uk", "Alice Adebayo", ""},
		{"an email marked unverified is not used",
			func(u *oidctest.User) {
				u.Claims = map[string]any{"email_verified": false, "upn": "alice@council.example.gov.uk"}
			},
			"alice@council.example.gov.uk", "Alice Adebayo", ""},
		{"given and family names stand in for a missing name",
			func(u *oidctest.User) {
				u.Name, u.Claims = "", map[string]any{"given_name": "Alice", "family_name": "Adebayo"}
			},
			"alice.adebayo@council.example.gov.uk", "Alice Adebayo", ""},
		{"the team claim's first value is the team",
			func(u *oidctest.User) {
				u.Claims = map[string]any{"department": []string{"Assessment Team North", "x"}}
			},
			"alice.adebayo@council.example.gov.uk", "Alice Adebayo", "Assessment Team North"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			u := alice
			tc.user(&u)
			o, p := newOIDC(t, u, "groups", groupWorkers+"=practitioner")
			id, err := signIn(t, o, p)
			if err != nil || id.Email != tc.email || id.Name != tc.person || id.Team != tc.team {
				t.Errorf("identity %+v, err %v; want %s, %s, team %q", id, err, tc.email, tc.person, tc.team)
			}
		})
	}
	t.Run("no usable address is refused", func(t *testing.T) {
		u := alice
		u.Email, u.Claims = "", map[string]any{"preferred_username": "alice"}
		o, p := newOIDC(t, u, "groups", groupWorkers+"=practitioner")
		_, err := signIn(t, o, p)
		assertRefused(t, err, hearth.EFORBIDDEN, "no verified email")
	})
}

func TestNewOIDC(t *testing.T) {
	p := oidctest.New(t, testClientID, testClientSecret, alice)
	rm, _ := auth.ParseRoleMap("g=practitioner")
	cfg := auth.OIDCConfig{Issuer: p.Issuer, ClientID: testClientID, ClientSecret: testClientSecret, RedirectURL: testRedirect, RoleMap: rm}
	t.Run("an invalid configuration is refused before any request", func(t *testing.T) {
		c := cfg
		c.ClientID = ""
		if _, err := auth.NewOIDC(context.Background(), c); hearth.ErrorCode(err) != hearth.EINVALID || !strings.Contains(err.Error(), "ClientID") {
			t.Errorf("err %v", err)
		}
	})
	t.Run("an issuer that is not the one discovered is refused", func(t *testing.T) {
		c := cfg
		c.Issuer = strings.Replace(p.Issuer, "127.0.0.1", "localhost", 1)
		if _, err := auth.NewOIDC(context.Background(), c); hearth.ErrorCode(err) != hearth.EINVALID || !strings.Contains(err.Error(), "TENANT-ID") {
			t.Errorf("err %v", err)
		}
	})
	t.Run("an unreachable issuer is unavailable", func(t *testing.T) {
		c := cfg
		c.Issuer = "http://127.0.0.1:1"
		if _, err := auth.NewOIDC(context.Background(), c); hearth.ErrorCode(err) != hearth.EUNAVAILABLE {
			t.Errorf("err %v", err)
		}
	})
}

func TestOIDCSendsTheSecretTheWayTheProviderAdvertises(t *testing.T) {
	for _, method := range []string{"client_secret_basic", "client_secret_post"} {
		t.Run(method, func(t *testing.T) {
			p := oidctest.New(t, testClientID, testClientSecret, alice)
			p.SetAuthMethods(method)
			rm, _ := auth.ParseRoleMap(groupWorkers + "=practitioner")
			o, err := auth.NewOIDC(context.Background(), auth.OIDCConfig{Issuer: p.Issuer, ClientID: testClientID,
				ClientSecret: testClientSecret, RedirectURL: testRedirect, RoleClaim: "groups", RoleMap: rm})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := signIn(t, o, p); err != nil {
				t.Fatal(err)
			}
			if n := p.TokenRequests(); n != 1 {
				t.Errorf("%d token requests; want 1", n)
			}
		})
	}
}

// refusedByFault returns the error of a sign-in that failed through no fault of the person, for comparing
// messages.
func refusedByFault(t *testing.T) error {
	o, p := newOIDC(t, alice, "groups", groupWorkers+"=practitioner")
	p.SetFault(oidctest.Expired)
	_, err := signIn(t, o, p)
	return err
}
