package web_test

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"hearth"
)

func TestTeamCaseload(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)
	east := fmt.Sprintf("/teams/%d/caseload", w.east.ID)

	t.Run("the team's manager sees each worker's count and the unallocated children", func(t *testing.T) {
		b := a.browser()
		b.signIn("manager@example.org")
		if res := b.get("/teams"); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != east {
			t.Fatalf("Team caseloads sends a manager to %d %s, want their team", res.StatusCode, res.Header.Get("Location"))
		}
		res := b.get(east)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		unallocated := regexp.MustCompile(`(?s)id="unallocated-count">\s*<p class="govuk-heading-xl[^"]*">(\d+)</p>`).FindStringSubmatch(res.Body)
		if unallocated == nil || unallocated[1] != "2" {
			t.Fatalf("unallocated count %v, want 2 (Ben and Cara)", unallocated)
		}
		allocated := regexp.MustCompile(`(?s)id="allocated-count">\s*<p class="govuk-heading-xl[^"]*">(\d+)</p>`).FindStringSubmatch(res.Body)
		if allocated == nil || allocated[1] != "2" {
			t.Fatalf("allocated count %v, want 2 (Amara and Bea)", allocated)
		}
		for _, want := range []string{
			"0.7</p>", "1 of 3 workers from agencies", // two allocations over three full-time workers
			"Child Protection East", "Ben Test", "Cara Test",
			fmt.Sprintf(`/teams/%d/allocate?child=%d"`, w.east.ID, w.ben.ID),
			"Priya Shah: 2 children", "Tom Reid: 0 children", "Olu Ade: 0 children",
			`moj-badge moj-badge--purple">Agency`,
			fmt.Sprintf(`/teams/%d/allocate?child=%d&amp;role=social_worker"`, w.east.ID, w.amara.ID),
		} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
		if strings.Contains(res.Body, "Dan Test") || strings.Contains(res.Body, "Wes Tan") {
			t.Error("the page shows the west team's child or worker")
		}
		if n := strings.Count(res.Body, "moj-badge--purple"); n != 1 {
			t.Errorf("%d agency badges, want 1 (Tom Reid)", n)
		}
	})

	t.Run("a manager of another team is refused", func(t *testing.T) {
		b := a.browser()
		b.signIn("west@example.org")
		if res := b.get(east); res.StatusCode != http.StatusForbidden || strings.Contains(res.Body, "Ben Test") {
			t.Fatalf("status %d", res.StatusCode)
		}
		if res := b.get(fmt.Sprintf("/teams/%d/allocate?child=%d", w.east.ID, w.ben.ID)); res.StatusCode != http.StatusForbidden {
			t.Fatalf("allocation form: status %d", res.StatusCode)
		}
	})

	t.Run("quality assurance chooses a team and sees it read only", func(t *testing.T) {
		b := a.browser()
		b.signIn("qa@example.org")
		list := b.get("/teams")
		if list.StatusCode != http.StatusOK || !strings.Contains(list.Body, `href="`+east+`"`) {
			t.Fatalf("teams: %d\n%s", list.StatusCode, list.Body)
		}
		res := b.get(east)
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Ben Test") || strings.Contains(res.Body, "/allocate?") {
			t.Fatalf("status %d; QA must see the caseloads without allocation links", res.StatusCode)
		}
		if res := b.get(fmt.Sprintf("/teams/%d/allocate?child=%d", w.east.ID, w.ben.ID)); res.StatusCode != http.StatusForbidden {
			t.Fatalf("QA allocation form: status %d", res.StatusCode)
		}
	})

	t.Run("practitioners and administrators are refused", func(t *testing.T) {
		for _, email := range []string{"priya@example.org", "admin@example.org"} {
			b := a.browser()
			b.signIn(email)
			if res := b.get(east); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s: status %d", email, res.StatusCode)
			}
		}
	})

	t.Run("a team that does not exist is not found", func(t *testing.T) {
		b := a.browser()
		b.signIn("qa@example.org")
		if res := b.get("/teams/9999/caseload"); res.StatusCode != http.StatusNotFound {
			t.Fatalf("status %d", res.StatusCode)
		}
	})
}

func TestRestrictedChildrenAreShownWithoutTheirNames(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)
	ctx := context.Background()
	w.ben.Restricted = true
	if err := a.db.Amend(ctx, hearth.System, w.ben, "sealed for the test"); err != nil {
		t.Fatal(err)
	}
	b := a.browser()
	b.signIn("manager@example.org")
	res := b.get(fmt.Sprintf("/teams/%d/caseload", w.east.ID))
	if res.StatusCode != http.StatusOK || strings.Contains(res.Body, "Ben Test") || !strings.Contains(res.Body, "Restricted record") {
		t.Fatalf("team caseload: %d\n%s", res.StatusCode, res.Body)
	}
	form := b.get(fmt.Sprintf("/teams/%d/allocate?child=%d", w.east.ID, w.ben.ID))
	if form.StatusCode != http.StatusOK || strings.Contains(form.Body, "Ben Test") || !strings.Contains(form.Body, "Allocate a child with a restricted record") {
		t.Fatalf("allocation form: %d\n%s", form.StatusCode, form.Body)
	}
}
