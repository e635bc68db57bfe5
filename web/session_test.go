package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
)

func TestSessionTimeouts(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)

	t.Run("a session used within the idle timeout stays open", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		for range 4 {
			a.clock.Advance(25 * time.Minute)
			if res := b.get("/"); res.StatusCode != http.StatusOK {
				t.Fatalf("%d after 25 idle minutes", res.StatusCode)
			}
		}
	})

	t.Run("a session idle for 30 minutes ends and says why", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		a.clock.Advance(30 * time.Minute)
		res := b.get("/account")
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sign-in?expired=idle&next=%2Faccount" {
			t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Location"))
		}
		page := b.get(res.Header.Get("Location"))
		if !strings.Contains(page.Body, "Hearth had not been used for a while") {
			t.Fatalf("%s", page.Body)
		}
		// The ended session is not revived by coming back sooner.
		if res := b.get("/"); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("the ended session still works: %d", res.StatusCode)
		}
	})

	t.Run("stay signed in restarts the idle timeout", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		a.clock.Advance(28 * time.Minute)
		res := b.post("/session/refresh", url.Values{"next": {"/account"}}, "Accept", "application/json")
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, `"idleSeconds":1800`) {
			t.Fatalf("%d %s", res.StatusCode, res.Body)
		}
		a.clock.Advance(28 * time.Minute)
		if res := b.get("/"); res.StatusCode != http.StatusOK {
			t.Fatalf("%d after stay signed in", res.StatusCode)
		}
	})

	t.Run("asking how long is left does not count as use", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		a.clock.Advance(20 * time.Minute)
		res := b.get("/session/status")
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, `"idleSeconds":600`) {
			t.Fatalf("%d %s", res.StatusCode, res.Body)
		}
		a.clock.Advance(10 * time.Minute)
		req, _ := http.NewRequest("GET", a.srv.URL+"/session/status", nil)
		req.Header.Set("Accept", "application/json")
		if res := b.do(req); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("after 30 minutes with only status checks: %d", res.StatusCode)
		}
	})

	t.Run("the page tells the script how long is left", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		a.clock.Advance(30 * time.Second)
		res := b.get("/")
		if !strings.Contains(res.Body, `data-idle-seconds="1770"`) || !strings.Contains(res.Body, `data-warn-seconds="120"`) {
			t.Fatalf("%s", res.Body)
		}
	})

	t.Run("a busy session ends at the absolute limit", func(t *testing.T) {
		b := a.browser()
		b.signIn("sam@example.org")
		for range 33 { // 9 hours 54 minutes of steady use
			a.clock.Advance(18 * time.Minute)
			if res := b.get("/"); res.StatusCode != http.StatusOK {
				t.Fatalf("%d during the working day", res.StatusCode)
			}
		}
		a.clock.Advance(6 * time.Minute)
		res := b.get("/")
		if res.StatusCode != http.StatusSeeOther || !strings.Contains(res.Header.Get("Location"), "expired=limit") {
			t.Fatalf("%d %s at 10 hours", res.StatusCode, res.Header.Get("Location"))
		}
	})
}

func TestSignOut(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	a.addUser("kim@example.org", hearth.RolePractitioner)

	t.Run("sign out ends this browser's session only", func(t *testing.T) {
		laptop, phone := a.browser(), a.browser()
		laptop.signIn("sam@example.org")
		phone.signIn("sam@example.org")
		res := laptop.post("/sign-out", nil)
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sign-out" {
			t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Location"))
		}
		if res := laptop.get("/"); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("still signed in on the laptop: %d", res.StatusCode)
		}
		if res := phone.get("/"); res.StatusCode != http.StatusOK {
			t.Fatalf("signed out on the phone too: %d", res.StatusCode)
		}
		if a.auditCount("sign_out") != 1 {
			t.Fatal("sign-out not audited")
		}
	})

	t.Run("sign out everywhere ends all of the user's sessions and no one else's", func(t *testing.T) {
		laptop, phone, colleague := a.browser(), a.browser(), a.browser()
		laptop.signIn("sam@example.org")
		phone.signIn("sam@example.org")
		colleague.signIn("kim@example.org")
		if res := laptop.get("/account"); !strings.Contains(res.Body, "Sign out everywhere") {
			t.Fatalf("no sign out everywhere on the account page:\n%s", res.Body)
		}
		res := laptop.post("/sign-out-everywhere", nil)
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sign-out?everywhere=1" {
			t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Location"))
		}
		for name, b := range map[string]*browser{"laptop": laptop, "phone": phone} {
			if res := b.get("/"); res.StatusCode != http.StatusSeeOther {
				t.Errorf("still signed in on the %s: %d", name, res.StatusCode)
			}
		}
		if res := colleague.get("/"); res.StatusCode != http.StatusOK {
			t.Errorf("the colleague was signed out: %d", res.StatusCode)
		}
		if page := laptop.get("/sign-out?everywhere=1"); !strings.Contains(page.Body, "on every device") {
			t.Errorf("%s", page.Body)
		}
	})
}
