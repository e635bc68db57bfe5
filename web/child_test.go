package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
)

func TestChildRecord(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)

	t.Run("a practitioner opens their team's child and the read is audited", func(t *testing.T) {
		b := a.signedIn(practitionerA)
		before := a.auditCount("read")
		res := b.get(childPath(w.jayden, ""))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"Jayden Smith", "J100", "Child in need", "Priya Shah", "Assessment A",
			"White British (WBRI)", `href="/children/` + itoa(w.jayden) + `/chronology"`, "<title>Jayden Smith: record"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the record page does not say %q", want)
			}
		}
		if strings.Contains(res.Body, "Who has looked") {
			t.Error("a practitioner is offered who has looked")
		}
		if a.auditCount("read") <= before {
			t.Error("opening the record wrote no read to the audit log")
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("Cache-Control %q", cc)
		}
	})

	t.Run("a practitioner is refused another team's child, with the reason and no read audited", func(t *testing.T) {
		b := a.signedIn(practitionerA)
		before := a.auditCount("read")
		res := b.get(childPath(w.otherB, ""))
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "not allocated to you or your team") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		if strings.Contains(res.Body, "Olivia") {
			t.Error("the refusal names the child")
		}
		if a.auditCount("read") != before {
			t.Error("a refused record was audited as read")
		}
	})

	t.Run("a person who does not exist is page not found", func(t *testing.T) {
		b := a.signedIn(practitionerA)
		for _, p := range []string{"/children/999999", "/children/abc", "/children/999999/chronology"} {
			if res := b.get(p); res.StatusCode != http.StatusNotFound {
				t.Errorf("%s: %d", p, res.StatusCode)
			}
		}
		mgr := a.signedIn(managerA)
		for _, p := range []string{"/children/999999/audit", "/children/999999/named"} {
			if res := mgr.get(p); res.StatusCode != http.StatusNotFound {
				t.Errorf("manager %s: %d", p, res.StatusCode)
			}
		}
	})

	t.Run("a restricted record asks for a reason, refuses a short one and opens with a good one once a session", func(t *testing.T) {
		b := a.signedIn(practitionerA)
		readsBefore, glassBefore := a.auditCount("read"), a.auditCount("break_glass")
		res := b.get(childPath(w.restricted, ""))
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "This record is restricted") ||
			!strings.Contains(res.Body, `action="/children/`+itoa(w.restricted)+`/break-glass"`) {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		if strings.Contains(res.Body, "Hidden") || strings.Contains(res.Body, "R300") {
			t.Error("the break-glass page shows who the child is")
		}
		if a.auditCount("read") != readsBefore {
			t.Error("asking for a reason was audited as a read")
		}

		res = b.post(childPath(w.restricted, "/break-glass"), url.Values{"reason": {"just look"}, "next": {childPath(w.restricted, "")}})
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("a short reason: %d", res.StatusCode)
		}
		for _, want := range []string{"There is a problem", "at least 10 characters", ">just look</textarea>", "<title>Error: "} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the refused reason's page does not say %q", want)
			}
		}
		if a.auditCount("break_glass") != glassBefore {
			t.Error("a refused reason was recorded")
		}

		reason := "Duty worker: police called about the child tonight"
		res = b.post(childPath(w.restricted, "/break-glass"), url.Values{"reason": {reason}, "next": {childPath(w.restricted, "/chronology")}})
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != childPath(w.restricted, "/chronology") {
			t.Fatalf("a good reason: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		if a.auditCount("break_glass") != glassBefore+1 {
			t.Error("the reason was not recorded as break_glass")
		}
		for range 2 {
			res = b.get(childPath(w.restricted, ""))
			if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Hidden Person") {
				t.Fatalf("after the reason: %d\n%s", res.StatusCode, res.Body)
			}
		}
		if a.auditCount("break_glass") != glassBefore+1 {
			t.Error("the reason was asked for or recorded again in the same session")
		}
		if a.auditCount("read") < readsBefore+2 {
			t.Error("the reads after breaking the glass were not audited")
		}

		// A new session asks again.
		a.clock.Advance(time.Minute)
		if res := a.signedIn(practitionerA).get(childPath(w.restricted, "")); !strings.Contains(res.Body, "This record is restricted") {
			t.Error("a new session was not asked for a reason")
		}
	})

	t.Run("an outside next after breaking the glass stays on the child's record", func(t *testing.T) {
		b := a.signedIn(practitionerA)
		res := b.post(childPath(w.restricted, "/break-glass"), url.Values{"reason": {"Checking the court bundle today"}, "next": {"//evil.example"}})
		if res.Header.Get("Location") != childPath(w.restricted, "") {
			t.Fatalf("went to %q", res.Header.Get("Location"))
		}
	})

	t.Run("the roles without child data get 403 on every child page", func(t *testing.T) {
		for _, email := range []string{panelUser, adminUser, partnerUser} {
			b := a.signedIn(email)
			for _, p := range []string{"", "/chronology", "/audit", "/named"} {
				if res := b.get(childPath(w.jayden, p)); res.StatusCode != http.StatusForbidden {
					t.Errorf("%s GET %s: %d", email, childPath(w.jayden, p), res.StatusCode)
				}
			}
			for _, p := range []string{"/break-glass", "/named", "/named/remove"} {
				if res := b.post(childPath(w.restricted, p), url.Values{"reason": {"A reason long enough"}}); res.StatusCode != http.StatusForbidden {
					t.Errorf("%s POST %s: %d", email, p, res.StatusCode)
				}
			}
			for _, p := range []string{"/people", "/people?name=Smith", "/people/new"} {
				if res := b.get(p); res.StatusCode != http.StatusForbidden {
					t.Errorf("%s GET %s: %d", email, p, res.StatusCode)
				}
			}
		}
	})
}

func TestChildWhoLookedAndBreakGlassViews(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)
	pat := a.signedIn(practitionerA)
	pat.get(childPath(w.jayden, ""))
	pat.post(childPath(w.restricted, "/break-glass"), url.Values{"reason": {"Covering for the allocated worker today"}})

	t.Run("a practitioner may not see who has looked", func(t *testing.T) {
		if res := pat.get(childPath(w.jayden, "/audit")); res.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d", res.StatusCode)
		}
	})

	t.Run("the team manager sees who has looked, and looking is audited", func(t *testing.T) {
		b := a.signedIn(managerA)
		before := a.auditCount("read")
		res := b.get(childPath(w.jayden, "/audit"))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"Who has looked at this record", "Priya Shah", "Opened", "record page"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
		for _, banned := range []string{"<form method=\"post\" action=\"/children/" + itoa(w.jayden) + "/audit", "Delete"} {
			if strings.Contains(res.Body, banned) {
				t.Errorf("the page offers %q", banned)
			}
		}
		if a.auditCount("read") != before+1 {
			t.Error("reading who has looked was not audited")
		}
		if !strings.Contains(b.get(childPath(w.jayden, "")).Body, `href="/children/`+itoa(w.jayden)+`/audit"`) {
			t.Error("the manager's record page does not link to who has looked")
		}
	})

	t.Run("quality assurance sees who has looked at any child's record", func(t *testing.T) {
		b := a.signedIn(qualityUser)
		if res := b.get(childPath(w.otherB, "/audit")); res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		if !strings.Contains(b.get(childPath(w.otherB, "")).Body, ">Who has looked</a>") {
			t.Error("quality assurance's record page does not offer who has looked")
		}
	})

	t.Run("a manager without a team is told why there are no break-glass views", func(t *testing.T) {
		a.addUser("lone@example.org", hearth.RoleTeamManager)
		res := a.signedIn("lone@example.org").get("/break-glass")
		if res.StatusCode != http.StatusForbidden || !strings.Contains(res.Body, "not linked to a team") {
			t.Fatalf("%d", res.StatusCode)
		}
	})

	t.Run("another team's manager may not", func(t *testing.T) {
		if res := a.signedIn(managerA).get(childPath(w.otherB, "/audit")); res.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d", res.StatusCode)
		}
	})

	t.Run("the break-glass views show the reason to the team manager and quality assurance only", func(t *testing.T) {
		for _, email := range []string{managerA, qualityUser} {
			res := a.signedIn(email).get("/break-glass")
			if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Covering for the allocated worker today") ||
				!strings.Contains(res.Body, "R300") {
				t.Errorf("%s: %d\n%s", email, res.StatusCode, res.Body)
			}
			if strings.Contains(res.Body, "Hidden") {
				t.Errorf("%s: the break-glass views name the child", email)
			}
		}
		if res := pat.get("/break-glass"); res.StatusCode != http.StatusForbidden {
			t.Errorf("practitioner: %d", res.StatusCode)
		}
		if strings.Contains(pat.get("/").Body, "Break-glass views") {
			t.Error("a practitioner's navigation offers the break-glass views")
		}
	})
}

func TestChildNamedOnRestricted(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)
	mgr := a.signedIn(managerA)

	t.Run("a practitioner may not change who is named", func(t *testing.T) {
		if res := a.signedIn(practitionerA).get(childPath(w.restricted, "/named")); res.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d", res.StatusCode)
		}
	})

	t.Run("naming needs a known account and a reason, and keeps what was typed", func(t *testing.T) {
		res := mgr.post(childPath(w.restricted, "/named"), url.Values{"email": {"nobody@example.org"}, "reason": {""}})
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", res.StatusCode)
		}
		for _, want := range []string{"There is a problem", "There is no account with that email address", "Enter why", `value="nobody@example.org"`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
	})

	t.Run("a named practitioner opens the record without a reason, until removed", func(t *testing.T) {
		res := mgr.post(childPath(w.restricted, "/named"), url.Values{"email": {practitionerA}, "reason": {"Allocated worker for the court case"}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("naming: %d\n%s", res.StatusCode, res.Body)
		}
		if a.auditCount("grant_access") != 1 {
			t.Error("the naming was not audited")
		}
		pat := a.signedIn(practitionerA)
		if res := pat.get(childPath(w.restricted, "")); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Hidden Person") {
			t.Fatalf("named practitioner: %d", res.StatusCode)
		}
		page := mgr.get(childPath(w.restricted, "/named"))
		if !strings.Contains(page.Body, "Priya Shah is now named on the record") {
			t.Error("no message saying the naming was done")
		}
		if !strings.Contains(page.Body, "Priya Shah") || !strings.Contains(page.Body, "Allocated worker for the court case") {
			t.Fatalf("the named page does not list the naming\n%s", page.Body)
		}
		res = mgr.post(childPath(w.restricted, "/named/remove"), url.Values{"user": {userID(t, a, practitionerA)}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Enter why this person should no longer open the record") {
			t.Fatalf("removing without a reason: %d", res.StatusCode)
		}
		id := userID(t, a, practitionerA)
		res = mgr.post(childPath(w.restricted, "/named/remove"), url.Values{"user": {id}, "reason-" + id: {"The court case has ended"}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("removing: %d\n%s", res.StatusCode, res.Body)
		}
		if res := a.signedIn(practitionerA).get(childPath(w.restricted, "")); !strings.Contains(res.Body, "This record is restricted") {
			t.Error("a removed practitioner was not asked for a reason")
		}
	})

	t.Run("the manager breaking the glass sees who is named on the record page", func(t *testing.T) {
		mgr.post(childPath(w.restricted, "/break-glass"), url.Values{"reason": {"Reviewing who is named on the record"}})
		res := mgr.get(childPath(w.restricted, ""))
		if !strings.Contains(res.Body, "Named on this restricted record") || !strings.Contains(res.Body, `action="/children/`+itoa(w.restricted)+`/named"`) {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
		back := url.Values{"email": {practitionerB}, "reason": {"Covering the court hearing"}, "back": {childPath(w.restricted, "")}}
		res = mgr.post(childPath(w.restricted, "/named"), back)
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != childPath(w.restricted, "") {
			t.Fatalf("naming from the record page: %d %s", res.StatusCode, res.Header.Get("Location"))
		}
		if res := mgr.get(childPath(w.restricted, "")); !strings.Contains(res.Body, "Ben Okafor") || !strings.Contains(res.Body, "Remove Ben Okafor") {
			t.Error("the record page does not list the person just named")
		}
	})
}
