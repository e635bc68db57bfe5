package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/workforce"
)

func TestAllocate(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)
	ctx := context.Background()
	path := fmt.Sprintf("/teams/%d/allocate", w.east.ID)
	b := a.browser()
	b.signIn("manager@example.org")
	id := func(n int64) string { return strconv.FormatInt(n, 10) }

	t.Run("the form offers the team's workers with their caseloads and starts today", func(t *testing.T) {
		res := b.get(path + "?child=" + id(w.ben.ID))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"Allocate Ben Test", "Priya Shah", "holds 2 children", "Tom Reid (agency)",
			`name="start-day" type="text" inputmode="numeric" value="2"`, `name="start-year" type="text" inputmode="numeric" value="2026"`,
			"The social worker left the role"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the form does not say %q", want)
			}
		}
		if strings.Contains(res.Body, "Wes Tan") {
			t.Error("the form offers a worker of another team")
		}
	})

	t.Run("a child the team does not hold cannot be allocated", func(t *testing.T) {
		if res := b.get(path + "?child=" + id(w.dan.ID)); res.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d", res.StatusCode)
		}
		if res := b.get(path + "?child=nonsense"); res.StatusCode != http.StatusNotFound {
			t.Fatalf("status %d", res.StatusCode)
		}
	})

	t.Run("a missing worker shows the error summary and keeps what was typed", func(t *testing.T) {
		res := b.post(path, url.Values{"child": {id(w.ben.ID)}, "role": {"social_worker"},
			"start-day": {"3"}, "start-month": {"3"}, "start-year": {"2026"}, "reason": {"MANAGE"}})
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"<title>Error: ", "There is a problem", `href="#worker">Select the worker to allocate the child to`,
			`name="start-day" type="text" inputmode="numeric" value="3"`, `name="start-month" type="text" inputmode="numeric" value="3"`,
			`value="social_worker" checked`, `value="MANAGE" selected`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
	})

	t.Run("an impossible date is refused with the date kept", func(t *testing.T) {
		res := b.post(path, url.Values{"child": {id(w.ben.ID)}, "worker": {id(w.tom.ID)}, "role": {"social_worker"},
			"start-day": {"31"}, "start-month": {"2"}, "start-year": {"2026"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "The date the allocation starts must be a real date") ||
			!strings.Contains(res.Body, `value="31"`) || !strings.Contains(res.Body, fmt.Sprintf(`value="%d" checked`, w.tom.ID)) {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("allocating an unallocated child starts the allocation and says so once", func(t *testing.T) {
		res := b.post(path, url.Values{"child": {id(w.ben.ID)}, "worker": {id(w.tom.ID)}, "role": {"social_worker"},
			"start-day": {"2"}, "start-month": {"3"}, "start-year": {"2026"}})
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != fmt.Sprintf("/teams/%d/caseload", w.east.ID) {
			t.Fatalf("status %d %s\n%s", res.StatusCode, res.Header.Get("Location"), res.Body)
		}
		page := b.get(res.Header.Get("Location"))
		if !strings.Contains(page.Body, "govuk-notification-banner--success") ||
			!strings.Contains(page.Body, "Ben Test is allocated to Tom Reid (allocated social worker) from 2 March 2026") {
			t.Fatalf("no success banner:\n%s", page.Body)
		}
		if !strings.Contains(page.Body, "Tom Reid: 1 child") {
			t.Error("Tom Reid's count did not go up")
		}
		if again := b.get(res.Header.Get("Location")); strings.Contains(again.Body, "govuk-notification-banner--success") {
			t.Error("the banner was shown twice")
		}
	})

	t.Run("reallocating a social worker needs a reason", func(t *testing.T) {
		res := b.post(path, url.Values{"child": {id(w.amara.ID)}, "worker": {id(w.tom.ID)}, "role": {"social_worker"},
			"start-day": {"2"}, "start-month": {"3"}, "start-year": {"2026"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Select why the child&#39;s social worker is changing") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("reallocation ends the old allocation on the handover day and starts the new one, with history", func(t *testing.T) {
		res := b.post(path, url.Values{"child": {id(w.amara.ID)}, "worker": {id(w.tom.ID)}, "role": {"social_worker"},
			"start-day": {"2"}, "start-month": {"3"}, "start-year": {"2026"}, "reason": {"MANAGE"}})
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		var old workforce.Allocation
		if err := a.db.Get(ctx, hearth.System, w.amaraAllocation.ID, &old); err != nil {
			t.Fatal(err)
		}
		day := hearth.NewDate(2026, 3, 2)
		if old.EndDate != day || old.EndReason != "MANAGE" || old.Version != 2 {
			t.Fatalf("the old allocation = %+v", old)
		}
		var newID int64
		var start string
		if err := a.db.SQL().QueryRow(`SELECT id, start_date FROM involvements WHERE person_id = ? AND worker_id = ? AND end_date IS NULL`,
			w.amara.ID, w.tom.ID).Scan(&newID, &start); err != nil {
			t.Fatal(err)
		}
		if start != "2026-03-02" {
			t.Errorf("the new allocation starts %s", start)
		}
		hist, err := a.db.History(ctx, "involvements", w.amaraAllocation.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 1 || !strings.Contains(hist[0].Reason, "Reallocated to Tom Reid") {
			t.Fatalf("history = %+v", hist)
		}
		var n int
		if err := a.db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND table_name = 'involvements'
			AND person_id = ? AND action IN ('create', 'amend')`, w.manager.ID, w.amara.ID).Scan(&n); err != nil || n != 2 {
			t.Fatalf("changes audited: %d, %v (want the amendment and the new allocation)", n, err)
		}
	})

	t.Run("allocating the worker who already holds the child explains why not", func(t *testing.T) {
		res := b.post(path, url.Values{"child": {id(w.amara.ID)}, "worker": {id(w.tom.ID)}, "role": {"social_worker"},
			"start-day": {"3"}, "start-month": {"3"}, "start-year": {"2026"}, "reason": {"MANAGE"}})
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "already the child") {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
	})
}

func TestAllocationTypedAfterTheSessionEndedIsKept(t *testing.T) {
	a := newApp(t)
	w := newWorkWorld(t, a)
	path := fmt.Sprintf("/teams/%d/allocate", w.east.ID)
	b := a.browser()
	b.signIn("manager@example.org")
	a.clock.Advance(31 * time.Minute)
	res := b.post(path, url.Values{"child": {strconv.FormatInt(w.ben.ID, 10)}, "worker": {strconv.FormatInt(w.olu.ID, 10)},
		"role": {"social_worker"}, "start-day": {"9"}, "start-month": {"3"}, "start-year": {"2026"}})
	if res.StatusCode != http.StatusSeeOther || !strings.Contains(res.Header.Get("Location"), "kept=1") {
		t.Fatalf("posting after the session ended: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	b.signIn("manager@example.org")
	form := b.get(path + "?child=" + strconv.FormatInt(w.ben.ID, 10))
	if !strings.Contains(form.Body, fmt.Sprintf(`value="%d" checked`, w.olu.ID)) || !strings.Contains(form.Body, `name="start-day" type="text" inputmode="numeric" value="9"`) {
		t.Fatalf("the typed allocation was not put back:\n%s", form.Body)
	}
	other := b.get(path + "?child=" + strconv.FormatInt(w.cara.ID, 10))
	if strings.Contains(other.Body, fmt.Sprintf(`value="%d" checked`, w.olu.ID)) {
		t.Fatal("another child's allocation form was filled with Ben's draft")
	}
}
