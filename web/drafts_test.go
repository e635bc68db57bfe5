package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/web"
)

// addVisitForm adds a form page like those other pages will have: GET shows the form with any draft put
// back, POST saves it.
func addVisitForm(a *app) {
	a.web.AddTestRoute("GET", "/visits/new", web.ChildData, func(w http.ResponseWriter, r *http.Request) {
		values, ok := a.web.RestoreDraft(r)
		fmt.Fprintf(w, "restored=%v notes=%q", ok, values.Get("notes"))
	})
	a.web.AddTestRoute("POST", "/visits/new", web.ChildData, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "saved")
	})
}

func TestTypedWorkSurvivesAnExpiredSession(t *testing.T) {
	a := newApp(t)
	addVisitForm(a)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	b := a.browser()
	b.signIn("sam@example.org")
	if res := b.get("/visits/new"); res.Body != `restored=false notes=""` {
		t.Fatalf("before: %s", res.Body)
	}

	a.clock.Advance(45 * time.Minute) // lunch, with the form half typed
	res := b.post("/visits/new", url.Values{"notes": {"Saw Amara at home; she was cheerful."}, "password": {"never kept"}})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/sign-in?expired=idle&kept=1&next=%2Fvisits%2Fnew" {
		t.Fatalf("the late POST: %d %s\n%s", res.StatusCode, res.Header.Get("Location"), res.Body)
	}
	page := b.get(res.Header.Get("Location"))
	if !strings.Contains(page.Body, "What you had typed has been kept") {
		t.Fatalf("the sign-in page does not say the work was kept:\n%s", page.Body)
	}

	res = b.post("/sign-in", url.Values{"email": {"sam@example.org"}, "password": {testPassword}, "next": {"/visits/new"}})
	if res.Header.Get("Location") != "/visits/new" {
		t.Fatalf("after signing in again: %s", res.Header.Get("Location"))
	}
	if res := b.get("/visits/new"); res.Body != `restored=true notes="Saw Amara at home; she was cheerful."` {
		t.Fatalf("the form was not restored: %s", res.Body)
	}
	var n int
	a.db.SQL().QueryRow("SELECT COUNT(*) FROM drafts WHERE data LIKE '%never kept%'").Scan(&n)
	if n != 0 {
		t.Fatal("a password field was kept in a draft")
	}
}

func TestDraftsFromTheScript(t *testing.T) {
	a := newApp(t)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	a.addUser("kim@example.org", hearth.RolePractitioner)
	b := a.browser()
	b.signIn("sam@example.org")

	json := "application/json"
	res := b.post("/drafts", url.Values{"path": {"/visits/new"}, "values": {`{"notes":["typed"]}`}}, "Accept", json)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("saving: %d %s", res.StatusCode, res.Body)
	}
	res = b.get("/drafts?path=%2Fvisits%2Fnew")
	if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, `"values":{"notes":["typed"]}`) {
		t.Fatalf("reading: %d %s", res.StatusCode, res.Body)
	}

	other := a.browser()
	other.signIn("kim@example.org")
	if res := other.get("/drafts?path=%2Fvisits%2Fnew"); res.StatusCode != http.StatusNotFound {
		t.Fatalf("another user read the draft: %d", res.StatusCode)
	}

	if res := b.post("/drafts", url.Values{"path": {"https://evil.example/"}, "values": {`{}`}}); res.StatusCode != http.StatusBadRequest {
		t.Fatalf("a draft of an outside path: %d", res.StatusCode)
	}

	// The page's last save, sent as the session ends, is still kept; the script is told 401.
	a.clock.Advance(31 * time.Minute)
	res = b.post("/drafts", url.Values{"path": {"/visits/new"}, "values": {`{"notes":["typed more"]}`}}, "Accept", json)
	if res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("after expiry: %d", res.StatusCode)
	}
	b.signIn("sam@example.org")
	if res := b.get("/drafts?path=%2Fvisits%2Fnew"); !strings.Contains(res.Body, "typed more") {
		t.Fatalf("the last save was lost: %s", res.Body)
	}

	res = b.post("/drafts/discard", url.Values{"path": {"/visits/new"}}, "Accept", json)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("discarding: %d", res.StatusCode)
	}
	if res := b.get("/drafts?path=%2Fvisits%2Fnew"); res.StatusCode != http.StatusNotFound {
		t.Fatalf("after discarding: %d", res.StatusCode)
	}
}

func TestPolicyRefusesRolesItDoesNotAllow(t *testing.T) {
	a := newApp(t)
	addVisitForm(a)
	a.addUser("admin@example.org", hearth.RoleAdministrator)
	a.addUser("sam@example.org", hearth.RolePractitioner)
	admin := a.browser()
	admin.signIn("admin@example.org")
	res := admin.get("/visits/new")
	if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "You cannot use this page") {
		t.Fatalf("an administrator on a child-data page: %d\n%s", res.StatusCode, res.Body)
	}
	if res.Header.Get("Cache-Control") != "no-store" {
		t.Fatal("the refusal may be cached")
	}
	sam := a.browser()
	sam.signIn("sam@example.org")
	if res := sam.get("/visits/new"); res.StatusCode != http.StatusOK {
		t.Fatalf("a practitioner: %d", res.StatusCode)
	}
}
