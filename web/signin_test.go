package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
)

func TestSignIn(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)

	t.Run("the right password signs in, renews the token and is audited", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		first := b.client.Jar.Cookies(mustURL(a.srv.URL))
		home := b.get("/")
		if home.StatusCode != http.StatusOK || !strings.Contains(home.Body, "Test practitioner") {
			t.Fatalf("home: %d\n%s", home.StatusCode, home.Body)
		}
		if res := b.get("/sign-in"); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/" {
			t.Fatalf("the sign-in page for a signed-in user: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		if len(first) != 1 || !strings.HasPrefix(first[0].Name, "hearth_session") {
			t.Fatalf("cookies %v", first)
		}
		if a.auditCount("sign_in") < 1 {
			t.Fatal("no sign_in in the audit log")
		}
	})

	t.Run("a new sign-in never keeps the token the browser had", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		old := b.client.Jar.Cookies(mustURL(a.srv.URL))[0].Value
		b.post("/sign-out", nil)
		b.signIn("sam@example.org")
		if now := b.client.Jar.Cookies(mustURL(a.srv.URL))[0].Value; now == old {
			t.Fatal("the session token was reused")
		}
	})

	t.Run("a wrong password is refused with the email kept and is audited", func(t *testing.T) {
		before := a.auditCount("sign_in_failed")
		res := a.browser().post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {"wrong password"}})
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("status %d", res.StatusCode)
		}
		for _, want := range []string{"There is a problem", "Enter a correct email address and password", `value="sam@example.org"`, "<title>Error: Sign in"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
		if strings.Contains(res.Body, "wrong password") {
			t.Error("the password was sent back to the browser")
		}
		if a.auditCount("sign_in_failed") != before+1 {
			t.Error("the failure was not audited")
		}
	})

	t.Run("an unknown email gets the same answer as a wrong password", func(t *testing.T) {
		res := a.browser().post("/sign-in", url.Values{"email": {"nobody@example.org"}, "password": {"whatever"}})
		if res.StatusCode != http.StatusUnauthorized || !strings.Contains(res.Body, "Enter a correct email address and password") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("empty fields each get an error", func(t *testing.T) {
		res := a.browser().post("/sign-in", url.Values{})
		if !strings.Contains(res.Body, "Enter your email address") || !strings.Contains(res.Body, "Enter your password") {
			t.Fatalf("%s", res.Body)
		}
	})

	t.Run("next takes the person back where they were, and only within Hearth", func(t *testing.T) {
		b := a.browser()
		res := b.get("/account")
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sign-in?next=%2Faccount" {
			t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Location"))
		}
		res = b.post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}, "next": {"/account"}})
		if res.Header.Get("Location") != "/account" {
			t.Fatalf("went to %s", res.Header.Get("Location"))
		}
		res = a.browser().post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}, "next": {"//evil.example"}})
		if res.Header.Get("Location") != "/" {
			t.Fatalf("an outside next was followed: %s", res.Header.Get("Location"))
		}
	})
}

func TestSignInRefusesAccountsThatMayNotSignIn(t *testing.T) {
	a := newApp(t)
	now := a.clock.Now()
	a.addUser("ended@example.org", hearth.RoleInspector, func(u *hearth.User) { u.ExpiresAt = now.Add(-24 * time.Hour) })
	a.addUser("current@example.org", hearth.RoleInspector, func(u *hearth.User) { u.ExpiresAt = now.Add(30 * 24 * time.Hour) })
	a.addUser("soon@example.org", hearth.RoleInspector, func(u *hearth.User) { u.ExpiresAt = now.Add(5 * time.Hour) })
	a.addUser("closed@example.org", hearth.RolePractitioner, func(u *hearth.User) { u.Active = false })

	t.Run("an inspector past the end date is refused and told when it ended", func(t *testing.T) {
		res := a.browser().post("/sign-in", url.Values{"email": {"ended@example.org"}, "password": {testPassword}})
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "access period ended on 1 March 2026") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})
	t.Run("an inspector within the period signs in", func(t *testing.T) {
		a.browser().signIn("current@example.org")
	})
	t.Run("a closed account is refused", func(t *testing.T) {
		res := a.browser().post("/sign-in", url.Values{"email": {"closed@example.org"}, "password": {testPassword}})
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "Your account has been closed") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})
	t.Run("an inspector's session ends when the period ends", func(t *testing.T) {
		b := a.browser()
		b.signIn("soon@example.org")
		for range 14 { // busy until 4h40m later
			a.clock.Advance(20 * time.Minute)
			if res := b.get("/"); res.StatusCode != http.StatusOK {
				t.Fatalf("before the end: %d", res.StatusCode)
			}
		}
		a.clock.Advance(21 * time.Minute)
		if res := b.get("/"); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("after the end: %d", res.StatusCode)
		}
	})
}

func TestFailedSignInsAreRateLimited(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	b := a.browser()
	for i := range 5 {
		res := b.post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {"guess"}})
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d", i+1, res.StatusCode)
		}
	}
	res := b.post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}})
	if res.StatusCode != http.StatusTooManyRequests || !strings.Contains(res.Body, "Too many failed attempts") {
		t.Fatalf("the sixth attempt, with the right password: %d\n%s", res.StatusCode, res.Body)
	}
	if n := a.auditCount("sign_in_failed"); n != 6 {
		t.Errorf("%d failures audited, want 6 (five wrong passwords and one refused attempt)", n)
	}
	a.clock.Advance(time.Minute)
	b.signIn("sam@example.org")
}

func TestRateLimitPerAddress(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	for i := range 30 {
		email := "someone" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + "@example.org"
		if res := b.post("/sign-in", url.Values{"email": {email}, "password": {"guess"}}); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d", i+1, res.StatusCode)
		}
	}
	a.addUser("sam@example.org", hearth.RolePractitioner)
	res := b.post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}})
	if res.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("after 30 failures from one address: %d", res.StatusCode)
	}
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}
