package auth

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"hearth"
)

func validOIDCConfig() OIDCConfig {
	return OIDCConfig{
		Issuer:       "https://login.microsoftonline.com/3fa85f64-5717-4562-b3fc-2c963f66afa6/v2.0",
		ClientID:     "hearth-client",
		ClientSecret: "secret",
		RedirectURL:  "https://hearth.example.gov.uk/sign-in/oidc/callback",
		RoleMap:      []RoleMapping{{"b7c2e0a4-0000-4000-8000-000000000001", hearth.RolePractitioner}},
	}
}

func TestOIDCConfigValidate(t *testing.T) {
	t.Run("a complete configuration is valid and gets the default scopes and role claim", func(t *testing.T) {
		c := validOIDCConfig()
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(c.Scopes, DefaultOIDCScopes) || c.RoleClaim != "roles" {
			t.Errorf("Scopes %v, RoleClaim %q; want the defaults", c.Scopes, c.RoleClaim)
		}
	})
	t.Run("plain http is allowed on the loopback interface", func(t *testing.T) {
		c := validOIDCConfig()
		c.Issuer, c.RedirectURL = "http://127.0.0.1:5556", "http://localhost:8080/sign-in/oidc/callback"
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	cases := []struct {
		name   string
		change func(*OIDCConfig)
		want   []string // every fragment must appear in the message
	}{
		{"an empty issuer is refused", func(c *OIDCConfig) { c.Issuer = "" }, []string{"Issuer (HEARTH_OIDC_ISSUER) is empty"}},
		{"an http issuer elsewhere is refused", func(c *OIDCConfig) { c.Issuer = "http://idp.example.com" }, []string{"Issuer (HEARTH_OIDC_ISSUER)", "must use https"}},
		{"a relative redirect is refused", func(c *OIDCConfig) { c.RedirectURL = "/sign-in/oidc/callback" }, []string{"RedirectURL (HEARTH_OIDC_REDIRECT_URL)", "not an absolute http(s) URL"}},
		{"an empty client id is refused", func(c *OIDCConfig) { c.ClientID = " " }, []string{"ClientID (HEARTH_OIDC_CLIENT_ID) is empty"}},
		{"an empty secret is refused", func(c *OIDCConfig) { c.ClientSecret = "" }, []string{"ClientSecret (HEARTH_OIDC_CLIENT_SECRET) is empty", "HEARTH_OIDC_CLIENT_SECRET_FILE"}},
		{"scopes without openid are refused", func(c *OIDCConfig) { c.Scopes = []string{"email"} }, []string{"Scopes (HEARTH_OIDC_SCOPES)", `"openid"`}},
		{"a role claim with spaces is refused", func(c *OIDCConfig) { c.RoleClaim = "app roles" }, []string{"RoleClaim (HEARTH_OIDC_ROLE_CLAIM)"}},
		{"an empty role map is refused", func(c *OIDCConfig) { c.RoleMap = nil }, []string{"RoleMap (HEARTH_OIDC_ROLE_MAP) is empty"}},
		{"an unknown role is refused with the list of roles", func(c *OIDCConfig) { c.RoleMap[0].Role = "social_worker" },
			[]string{"RoleMap (HEARTH_OIDC_ROLE_MAP) entry 1", `"social_worker", which is not a role`, "practitioner, personal_adviser"}},
		{"the system role cannot be given", func(c *OIDCConfig) { c.RoleMap[0].Role = hearth.RoleSystem }, []string{`"system", which is not a role`}},
		{"a value mapped twice is refused", func(c *OIDCConfig) {
			c.RoleMap = append(c.RoleMap, RoleMapping{c.RoleMap[0].Value, hearth.RoleTeamManager})
		},
			[]string{"entry 2", "mapped twice"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := validOIDCConfig()
			tc.change(&c)
			err := c.Validate()
			if hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("Validate() = %v; want an EINVALID error", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	t.Run("every problem is reported at once", func(t *testing.T) {
		err := (&OIDCConfig{}).Validate()
		for _, f := range []string{"Issuer", "ClientID", "ClientSecret", "RedirectURL", "RoleMap"} {
			if err == nil || !strings.Contains(err.Error(), f+" (") {
				t.Errorf("error %v does not name %s", err, f)
			}
		}
	})
}

func TestParseRoleMap(t *testing.T) {
	t.Run("entries keep their order and spaces are trimmed", func(t *testing.T) {
		got, err := ParseRoleMap(" mgr-group = team_manager ,\nsw-group=practitioner,, a=b=inspector\n")
		want := []RoleMapping{{"mgr-group", hearth.RoleTeamManager}, {"sw-group", hearth.RolePractitioner}, {"a=b", hearth.RoleInspector}}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ParseRoleMap = %v, %v; want %v", got, err, want)
		}
	})
	for _, bad := range []string{"no-equals", "=practitioner", "g=", "g=wizard", "g=practitioner,g=inspector", "g=system"} {
		t.Run("refuses "+bad, func(t *testing.T) {
			if got, err := ParseRoleMap(bad); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("ParseRoleMap(%q) = %v, %v; want an EINVALID error", bad, got, err)
			}
		})
	}
}

func FuzzParseRoleMap(f *testing.F) {
	for _, s := range []string{"g=practitioner", "a=team_manager,b=practitioner", " x = inspector \n y=administrator", "a=b=c", ",,=", "g=practitioner,g=inspector"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms, err := ParseRoleMap(s)
		if err != nil {
			if hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for _, m := range ms {
			if msg := checkRoleMapping(m); msg != "" {
				t.Fatalf("ParseRoleMap(%q) accepted a bad mapping: %s", s, msg)
			}
		}
		again, err := ParseRoleMap(FormatRoleMap(ms))
		if err != nil || !(len(ms) == 0 && len(again) == 0 || reflect.DeepEqual(again, ms)) {
			t.Fatalf("round trip of %q: %v, %v; want %v", s, again, err, ms)
		}
	})
}

func TestLoadOIDCConfig(t *testing.T) {
	env := map[string]string{
		EnvOIDCIssuer:       "https://login.microsoftonline.com/tenant/v2.0",
		EnvOIDCClientID:     "client",
		EnvOIDCClientSecret: "secret",
		EnvOIDCRedirectURL:  "https://hearth.example.gov.uk/sign-in/oidc/callback",
		EnvOIDCRoleClaim:    "groups",
		EnvOIDCRoleMap:      "g1=team_manager,g2=practitioner",
		EnvOIDCScopes:       "openid, email profile",
	}
	get := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	t.Run("without an issuer OpenID Connect is off", func(t *testing.T) {
		if _, ok, err := LoadOIDCConfig(get(nil)); ok || err != nil {
			t.Errorf("ok %v, err %v; want false, nil", ok, err)
		}
	})
	t.Run("the variables make a valid configuration", func(t *testing.T) {
		c, ok, err := LoadOIDCConfig(get(env))
		if !ok || err != nil {
			t.Fatalf("ok %v, err %v", ok, err)
		}
		want := OIDCConfig{Issuer: env[EnvOIDCIssuer], ClientID: "client", ClientSecret: "secret", RedirectURL: env[EnvOIDCRedirectURL],
			Scopes: []string{"openid", "email", "profile"}, RoleClaim: "groups",
			RoleMap: []RoleMapping{{"g1", hearth.RoleTeamManager}, {"g2", hearth.RolePractitioner}}}
		if !reflect.DeepEqual(c, want) {
			t.Errorf("got %+v\nwant %+v", c, want)
		}
	})
	t.Run("the secret may come from a file", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "secret")
		os.WriteFile(p, []byte("from-file\n"), 0o600)
		e := map[string]string{EnvOIDCClientSecretFile: p}
		for k, v := range env {
			e[k] = v
		}
		delete(e, EnvOIDCClientSecret)
		c, _, err := LoadOIDCConfig(get(e))
		if err != nil || c.ClientSecret != "from-file" {
			t.Errorf("secret %q, err %v", c.ClientSecret, err)
		}
		e[EnvOIDCClientSecret] = "x"
		if _, _, err := LoadOIDCConfig(get(e)); err == nil || !strings.Contains(err.Error(), "not both") {
			t.Errorf("both set: err %v", err)
		}
	})
	t.Run("a bad role map is reported with its variable", func(t *testing.T) {
		e := map[string]string{}
		for k, v := range env {
			e[k] = v
		}
		e[EnvOIDCRoleMap] = "g1=manager"
		if _, ok, err := LoadOIDCConfig(get(e)); !ok || err == nil || !strings.Contains(err.Error(), "HEARTH_OIDC_ROLE_MAP entry 1") {
			t.Errorf("ok %v, err %v", ok, err)
		}
	})
	t.Run("a file with the same names works and the environment overrides it", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "oidc.env")
		os.WriteFile(p, []byte(`# Hearth sign-in through Entra ID
HEARTH_OIDC_ISSUER=https://login.microsoftonline.com/tenant/v2.0
HEARTH_OIDC_CLIENT_ID="client"
HEARTH_OIDC_CLIENT_SECRET=secret
HEARTH_OIDC_REDIRECT_URL=https://hearth.example.gov.uk/sign-in/oidc/callback

HEARTH_OIDC_ROLE_MAP=managers=team_manager
HEARTH_OIDC_ROLE_MAP=workers=practitioner
`), 0o600)
		c, ok, err := LoadOIDCConfigFile(p, get(map[string]string{EnvOIDCClientID: "env-client"}))
		if !ok || err != nil {
			t.Fatalf("ok %v, err %v", ok, err)
		}
		if c.ClientID != "env-client" || FormatRoleMap(c.RoleMap) != "managers=team_manager,workers=practitioner" {
			t.Errorf("got %+v", c)
		}
		os.WriteFile(p, []byte("ISSUER=x\n"), 0o600)
		if _, _, err := LoadOIDCConfigFile(p, get(nil)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("a bad line: err %v", err)
		}
	})
}
