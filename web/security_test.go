package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/web"
)

func TestSecurityHeaders(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	b := a.browser()
	pages := map[string]response{
		"the sign-in page": b.get("/sign-in"),
		"page not found":   b.get("/no-such-page"),
		"the health check": b.get("/healthz"),
		"an asset":         b.get("/assets/app.css"),
	}
	b.signIn("sam@example.org")
	pages["the home page"] = b.get("/")
	pages["the account page"] = b.get("/account")
	for name, res := range pages {
		h := res.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: the Content-Security-Policy %q lacks %q", name, csp, want)
			}
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", name, h)
		}
	}
	for _, name := range []string{"the home page", "the account page", "the sign-in page"} {
		if cc := pages[name].Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q, want no-store", name, cc)
		}
	}
	if cc := pages["an asset"].Header.Get("Cache-Control"); !strings.Contains(cc, "max-age") {
		t.Errorf("an asset: Cache-Control %q", cc)
	}
	if res := pages["the health check"]; res.StatusCode != http.StatusOK || res.Body != "ok\n" {
		t.Errorf("health check: %d %q", res.StatusCode, res.Body)
	}
	if res := pages["page not found"]; res.StatusCode != http.StatusNotFound || !strings.Contains(res.Body, "Page not found") {
		t.Errorf("not found: %d", res.StatusCode)
	}
}

func TestSessionCookie(t *testing.T) {
	for _, secure := range []bool{false, true} {
		a := newApp(t, func(c *web.Config) { c.SecureCookies = secure })
		a.addUser("sam@example.org", hearth.RolePractitioner)
		res := a.browser().post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}})
		cookies := res.Cookies()
		if len(cookies) != 1 {
			t.Fatalf("cookies %v", cookies)
		}
		c := cookies[0]
		if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure != secure || c.Path != "/" {
			t.Errorf("secure=%v: cookie %+v", secure, c)
		}
		if secure && c.Name != "__Host-hearth_session" {
			t.Errorf("the secure cookie is called %s", c.Name)
		}
	}
}

func TestCrossOriginPostsAreRefused(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	b := a.browser()
	b.signIn("sam@example.org")

	res := b.post("/sign-out-everywhere", nil, "Sec-Fetch-Site", "cross-site")
	if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "came from another website") {
		t.Fatalf("a cross-site POST: %d\n%s", res.StatusCode, res.Body)
	}
	res = b.post("/sign-out-everywhere", nil, "Origin", "https://evil.example")
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("a POST from another origin: %d", res.StatusCode)
	}
	if res := b.get("/"); res.StatusCode != http.StatusOK {
		t.Fatalf("the refused POSTs signed the user out: %d", res.StatusCode)
	}
	res = b.post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}}, "Sec-Fetch-Site", "cross-site")
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("a cross-site sign-in (login CSRF): %d", res.StatusCode)
	}
	if res := b.post("/sign-out", nil, "Sec-Fetch-Site", "same-origin"); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("a same-origin POST: %d", res.StatusCode)
	}
}

func TestRolesArePolicedByTheRouteTable(t *testing.T) {
	a := newApp(t)
	db := a.db
	s, err := web.New(a.cfg, db)
	if err != nil {
		t.Fatal(err)
	}
	for _, rt := range s.Routes() {
		if rt.Policy.Name == "" {
			t.Errorf("%s %s has no policy", rt.Method, rt.Pattern)
		}
	}
	// Every signed-in page sends a signed-out visitor to sign in.
	b := a.browser()
	for _, rt := range s.Routes() {
		if !rt.Policy.SignedIn() || rt.Method != http.MethodGet {
			continue
		}
		path := strings.TrimSuffix(rt.Pattern, "{$}")
		if res := b.get(path); res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/sign-in") {
			t.Errorf("GET %s signed out: %d %s", path, res.StatusCode, res.Header.Get("Location"))
		}
	}
}
