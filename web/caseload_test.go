package web_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestMyCaseload(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)

	t.Run("lists exactly the children allocated, with the latest visit and what happened last", func(t *testing.T) {
		b := a.browser()
		b.signIn("priya@example.org")
		res := b.get("/caseload")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{
			"2 children are allocated to you on 2 March 2026",
			fmt.Sprintf(`href="/children/%d">Amara Test</a>`, w.amara.ID),
			fmt.Sprintf(`href="/children/%d">Bea Test</a>`, w.bea.ID),
			"20 February 2026", "10 days ago", // Amara's latest visit
			"10 years", // Amara's age
			"5 months", // Bea's age, a baby's in months
			"Allocated social worker",
			"Not visited in 6 weeks", // Bea, last seen on 1 December 2025
			`aria-current="page"`,
		} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the caseload does not say %q", want)
			}
		}
		for _, not := range []string{"Ben Test", "Cara Test", "Dan Test", "5 January 2026"} {
			if strings.Contains(res.Body, not) {
				t.Errorf("the caseload shows %q", not)
			}
		}
		if n := strings.Count(res.Body, "Not visited in 6 weeks"); n != 1 {
			t.Errorf("%d children flagged as not visited, want 1 (Bea)", n)
		}
		// Amara's last event is her visit on 20 February; it must not be flagged.
		row := res.Body[strings.Index(res.Body, "Amara Test"):strings.Index(res.Body, "Bea Test")]
		if !strings.Contains(row, "Visit") || strings.Contains(row, "Not visited") {
			t.Errorf("Amara's row: %s", row)
		}
	})

	t.Run("the list shown is written to the audit log", func(t *testing.T) {
		var n int
		if err := a.db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND action = 'read' AND detail LIKE 'caseload of worker%'`,
			w.practitioner.ID).Scan(&n); err != nil || n == 0 {
			t.Fatalf("caseload reads audited: %d, %v", n, err)
		}
	})

	t.Run("a user with no worker is told why the caseload is empty", func(t *testing.T) {
		b := a.browser()
		b.signIn("nobody@example.org")
		res := b.get("/caseload")
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Your account is not linked to a worker") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("roles that hold no cases are refused", func(t *testing.T) {
		for _, email := range []string{"admin@example.org", "panel@example.org", "qa@example.org"} {
			b := a.browser()
			b.signIn(email)
			if res := b.get("/caseload"); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s: status %d", email, res.StatusCode)
			}
			if res := b.get("/"); strings.Contains(res.Body, `href="/caseload"`) {
				t.Errorf("%s: the navigation offers My caseload", email)
			}
		}
	})
}
