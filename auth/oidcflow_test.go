package auth_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/auth/oidctest"
)

func TestOIDCFlowCookie(t *testing.T) {
	o, p := newOIDC(t, alice, "groups", groupWorkers+"=practitioner")
	key := auth.NewFlowKey()
	now := time.Now()

	// begin is GET /sign-in/oidc: start the flow and seal it for the cookie.
	begin := func(returnTo string) (string, string) {
		authURL, f := o.BeginFlow(returnTo, now)
		sealed, err := auth.SealOIDCFlow(key, f)
		if err != nil {
			t.Fatal(err)
		}
		return authURL, sealed
	}
	// finish is GET /sign-in/oidc/callback: open the cookie and finish the flow.
	finish := func(q url.Values, sealed string, at time.Time) (auth.Identity, auth.OIDCFlow, error) {
		f, err := auth.OpenOIDCFlow(key, sealed)
		if err != nil {
			return auth.Identity{}, f, err
		}
		id, err := o.FinishFlow(context.Background(), q, f, at)
		return id, f, err
	}

	t.Run("a sealed flow signs the person in and keeps where they were going", func(t *testing.T) {
		authURL, sealed := begin("/children/42?tab=chronology")
		id, f, err := finish(callback(t, p, authURL).Query(), sealed, now.Add(time.Minute))
		if err != nil || id.Role != hearth.RolePractitioner || f.ReturnTo != "/children/42?tab=chronology" {
			t.Errorf("identity %+v, flow %+v, err %v", id, f, err)
		}
		if strings.Contains(sealed, f.Nonce) || strings.Contains(sealed, f.Verifier) {
			t.Errorf("the sealed flow shows the nonce or verifier")
		}
	})
	t.Run("a flow older than ten minutes is refused", func(t *testing.T) {
		authURL, sealed := begin("/")
		_, _, err := finish(callback(t, p, authURL).Query(), sealed, now.Add(auth.OIDCFlowLifetime))
		assertRefused(t, err, hearth.EUNAUTHORIZED, "ten minutes")
	})
	t.Run("another browser's flow does not match the callback's state", func(t *testing.T) {
		authURL, _ := begin("/")
		_, otherSealed := begin("/")
		_, _, err := finish(callback(t, p, authURL).Query(), otherSealed, now)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "state")
	})
	t.Run("a missing, altered or foreign cookie is refused", func(t *testing.T) {
		_, sealed := begin("/")
		foreign, _ := auth.SealOIDCFlow(auth.NewFlowKey(), auth.OIDCFlow{State: "s"})
		altered := sealed[:len(sealed)-2] + "AA"
		if altered == sealed {
			altered = sealed[:len(sealed)-2] + "BB"
		}
		for name, s := range map[string]string{"missing": "", "altered": altered, "foreign": foreign, "garbage": "%%%"} {
			if _, err := auth.OpenOIDCFlow(key, s); hearth.ErrorCode(err) != hearth.EUNAUTHORIZED {
				t.Errorf("%s cookie: err %v", name, err)
			}
		}
	})
	t.Run("the provider's refusal is reported before the flow is checked", func(t *testing.T) {
		p.SetDeny(true)
		defer p.SetDeny(false)
		authURL, sealed := begin("/")
		_, _, err := finish(callback(t, p, authURL).Query(), sealed, now)
		assertRefused(t, err, hearth.EUNAUTHORIZED, "access_denied")
	})
	t.Run("a key of the wrong size is a fault in Hearth", func(t *testing.T) {
		if _, err := auth.SealOIDCFlow([]byte("short"), auth.OIDCFlow{}); hearth.ErrorCode(err) != hearth.EINTERNAL {
			t.Errorf("err %v", err)
		}
	})
}

func TestLocalPath(t *testing.T) {
	for _, p := range []string{"/", "/children/42", "/children?q=smith#top"} {
		if auth.LocalPath(p) != p {
			t.Errorf("LocalPath(%q) = %q; want it kept", p, auth.LocalPath(p))
		}
	}
	for _, p := range []string{"", "children", "//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "/a\r\nSet-Cookie: x"} {
		if got := auth.LocalPath(p); got != "" {
			t.Errorf("LocalPath(%q) = %q; want it dropped", p, got)
		}
	}
}

func FuzzLocalPath(f *testing.F) {
	for _, s := range []string{"/", "//x", "/\\x", "/a/b?c#d", "https://x", "/%2f%2fx", "\t/x"} {
		f.Add(s)
	}
	base, _ := url.Parse("https://hearth.example.gov.uk/sign-in/oidc/callback")
	f.Fuzz(func(t *testing.T, s string) {
		got := auth.LocalPath(s)
		if got != "" && got != s {
			t.Fatalf("LocalPath(%q) = %q changed the path", s, got)
		}
		if got == "" {
			return
		}
		// Browsers strip tabs and line breaks and read backslashes as slashes before resolving.
		cleaned := strings.NewReplacer("\t", "", "\n", "", "\r", "", "\\", "/").Replace(got)
		u, err := base.Parse(cleaned)
		if err == nil && u.Host != base.Host {
			t.Fatalf("LocalPath(%q) kept a path that leads to %q", s, u.Host)
		}
	})
}

func FuzzOpenOIDCFlow(f *testing.F) {
	key := make([]byte, 32)
	good, _ := auth.SealOIDCFlow(key, auth.OIDCFlow{State: "s", Nonce: "n", Verifier: "v", Expires: time.Unix(0, 0)})
	f.Add(good)
	f.Add("")
	f.Add("AAAA")
	f.Fuzz(func(t *testing.T, s string) {
		fl, err := auth.OpenOIDCFlow(key, s)
		if err == nil && fl.State != "s" {
			// Only something sealed with the key opens; the fuzzer cannot forge GCM.
			t.Fatalf("OpenOIDCFlow(%q) opened to %+v", s, fl)
		}
	})
}

func TestLoadOIDC(t *testing.T) {
	p := oidctest.New(t, testClientID, testClientSecret, alice)
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	t.Run("without configuration there is no OpenID Connect and no error", func(t *testing.T) {
		if o, err := auth.LoadOIDC(context.Background(), get); o != nil || err != nil {
			t.Errorf("LoadOIDC = %v, %v", o, err)
		}
	})
	t.Run("a configuration file makes a working OIDC", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "oidc.env")
		os.WriteFile(path, []byte("HEARTH_OIDC_ISSUER="+p.Issuer+"\nHEARTH_OIDC_CLIENT_ID="+testClientID+
			"\nHEARTH_OIDC_CLIENT_SECRET="+testClientSecret+"\nHEARTH_OIDC_REDIRECT_URL="+testRedirect+
			"\nHEARTH_OIDC_ROLE_CLAIM=groups\nHEARTH_OIDC_ROLE_MAP="+groupWorkers+"=practitioner\n"), 0o600)
		env[auth.EnvOIDCConfigFile] = path
		o, err := auth.LoadOIDC(context.Background(), get)
		if err != nil {
			t.Fatal(err)
		}
		if id, err := signIn(t, o, p); err != nil || id.Role != hearth.RolePractitioner {
			t.Errorf("identity %+v, err %v", id, err)
		}
	})
	t.Run("a file without an issuer is an error, not silently local accounts", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.env")
		os.WriteFile(path, []byte("# nothing yet\n"), 0o600)
		env[auth.EnvOIDCConfigFile] = path
		if _, err := auth.LoadOIDC(context.Background(), get); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("err %v", err)
		}
	})
}
