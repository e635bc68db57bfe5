package web_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
)

// dutyWorld adds to the work world (2 March 2026) a contact about Amara received on Friday 27 February
// and not yet decided, due on Monday 2 March, and a child protection plan for Bea made at an initial
// conference on Monday 16 February, whose first core group and first visit are due 10 working days later,
// on 2 March, and whose first review is due 3 months later, on Saturday 16 May brought back to Friday 15
// May. Every child's referral of 1 September 2025 has had no assessment: 45 working days from it was 3
// November 2025, 82 working days before 2 March.
func dutyWorld(t *testing.T, a *app, w *workWorld) {
	t.Helper()
	ctx := context.Background()
	insert := func(row any) {
		t.Helper()
		if err := a.db.Insert(ctx, hearth.System, row); err != nil {
			t.Fatal(err)
		}
	}
	insert(&frontdoor.Contact{PersonID: w.amara.ID, ReceivedAt: time.Date(2026, 2, 27, 15, 0, 0, 0, time.UTC), Source: "2A",
		Summary: "The school is worried", Consent: "given"})
	var episode hearth.ID
	if err := a.db.SQL().QueryRow(`SELECT id FROM cin_episodes WHERE person_id = ` + itoa(w.bea.ID)).Scan(&episode); err != nil {
		t.Fatal(err)
	}
	plan := &protection.CPPlan{PersonID: w.bea.ID, CINEpisodeID: episode, StartDate: hearth.NewDate(2026, 2, 16), InitialCategory: "NEG", LatestCategory: "NEG"}
	insert(plan)
	insert(&protection.Conference{PersonID: w.bea.ID, CINEpisodeID: episode, Kind: "initial", CPPlanID: plan.ID,
		ConferenceDate: hearth.NewDate(2026, 2, 16), Outcome: "plan_made", Categories: hearth.Codes{"NEG"}})
}

// rowsOf returns the text of each row of the table with the class, tags stripped and spaces collapsed.
func rowsOf(body, class string) []string {
	i := strings.Index(body, `class="govuk-table `+class+`"`)
	if i < 0 {
		return nil
	}
	table := body[i:]
	table = table[:strings.Index(table, "</table>")]
	tags, spaces := regexp.MustCompile(`<[^>]+>`), regexp.MustCompile(`\s+`)
	var rows []string
	for _, tr := range strings.Split(table, "<tr")[2:] {
		rows = append(rows, strings.TrimSpace(spaces.ReplaceAllString(tags.ReplaceAllString("<tr"+tr, " "), " ")))
	}
	return rows
}

func TestMyWork(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newWorkWorld(t, a)
		dutyWorld(t, a, w)

		t.Run("a practitioner's items, soonest first, each state in words", func(t *testing.T) {
			b := a.signedIn(w.practitioner.Email)
			res := b.get("/my-work")
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			got := rowsOf(res.Body, "hearth-duties")
			want := []string{
				"Amara Test Child and family assessment completed and authorised From: Referral on 1 September 2025 3 November 2025 82 working days overdue Overdue",
				"Bea Test Child and family assessment completed and authorised From: Referral on 1 September 2025 3 November 2025 82 working days overdue Overdue",
				"Amara Test Decision on the contact From: Contact on 27 February 2026 at 15:00 2 March 2026 due today Due soon",
				"Bea Test First core group meeting From: Conference on 16 February 2026 2 March 2026 due today Due soon",
				"Bea Test Child protection visit From: Child protection plan started on 16 February 2026 2 March 2026 due today Due soon",
				"Bea Test First review child protection conference From: Conference on 16 February 2026 15 May 2026 due in 51 working days Due",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, s := range []string{`govuk-tag govuk-tag--red">Overdue`, `>Overdue</strong> 2</li>`, `>Due soon</strong> 3</li>`, "6 in all"} {
				if !strings.Contains(res.Body, s) {
					t.Errorf("the page does not say %q", s)
				}
			}
			var audited int
			if err := a.db.SQL().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE user_id = ` + itoa(w.practitioner.ID) +
				` AND detail LIKE 'due items of the caseload of worker %children ` + itoa(w.amara.ID) + ` ` + itoa(w.bea.ID) + `'`).Scan(&audited); err != nil || audited != 1 {
				t.Errorf("audit rows naming the children read: %d, %v", audited, err)
			}
		})
		t.Run("an account with no worker is told why nothing is listed", func(t *testing.T) {
			res := a.signedIn(w.noWorker.Email).get("/my-work")
			if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "not linked to a worker") {
				t.Errorf("status %d:\n%.400s", res.StatusCode, res.Body)
			}
		})
		t.Run("a manager with no children of their own is pointed to the team's overdue work", func(t *testing.T) {
			res := a.signedIn(w.manager.Email).get("/my-work")
			if !strings.Contains(res.Body, "Nothing is due for your children") || !strings.Contains(res.Body, `href="/teams/`+itoa(w.east.ID)+`/overdue"`) {
				t.Errorf("page:\n%s", res.Body)
			}
		})
		t.Run("My work is in the navigation of those who hold children, not others", func(t *testing.T) {
			if res := a.signedIn(w.practitioner.Email).get("/"); !strings.Contains(res.Body, `href="/my-work"`) {
				t.Error("not in a practitioner's navigation")
			}
			if res := a.signedIn(w.quality.Email).get("/my-work"); res.StatusCode != http.StatusForbidden {
				t.Errorf("quality assurance got %d", res.StatusCode)
			}
		})
	})
}

func TestTeamOverdue(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newWorkWorld(t, a)
		dutyWorld(t, a, w)
		path := "/teams/" + itoa(w.east.ID) + "/overdue"

		t.Run("the team's overdue items with whose work each is, and nothing of another team", func(t *testing.T) {
			res := a.signedIn(w.manager.Email).get(path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			got := rowsOf(res.Body, "hearth-duties")
			const item = " Child and family assessment completed and authorised From: Referral on 1 September 2025 3 November 2025 82 working days overdue Overdue "
			want := []string{"Amara Test" + item + "Priya Shah", "Bea Test" + item + "Priya Shah", "Ben Test" + item + "Not allocated", "Cara Test" + item + "Not allocated"}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if strings.Contains(res.Body, "Dan Test") {
				t.Error("the west team's child is listed")
			}
		})
		t.Run("leaders may look; another team's manager may not", func(t *testing.T) {
			if res := a.signedIn(w.quality.Email).get(path); res.StatusCode != http.StatusOK {
				t.Errorf("quality assurance got %d", res.StatusCode)
			}
			if res := a.signedIn(w.westManager.Email).get(path); res.StatusCode != http.StatusForbidden {
				t.Errorf("the west team's manager got %d", res.StatusCode)
			}
			if res := a.signedIn(w.practitioner.Email).get(path); res.StatusCode != http.StatusForbidden {
				t.Errorf("a practitioner got %d", res.StatusCode)
			}
		})
	})
}

func TestChildRecordShowsWhatIsDue(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newWorkWorld(t, a)
		dutyWorld(t, a, w)
		res := a.signedIn(w.practitioner.Email).get("/children/" + itoa(w.bea.ID))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		got := rowsOf(res.Body, "hearth-child-duties")
		want := []string{
			"Child and family assessment completed and authorised From: Referral on 1 September 2025 3 November 2025 82 working days overdue Overdue",
			"First core group meeting From: Conference on 16 February 2026 2 March 2026 due today Due soon",
			"Child protection visit From: Child protection plan started on 16 February 2026 2 March 2026 due today Due soon",
			"First review child protection conference From: Conference on 16 February 2026 15 May 2026 due in 51 working days Due",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		// The key date is the duty's: 16 May 2026 is a Saturday.
		if !strings.Contains(res.Body, "next review conference due 15 May 2026") {
			t.Error("the plan's next review is not the duty's date")
		}

		t.Run("a stricter local setting changes the record page", func(t *testing.T) {
			if _, err := a.db.SetDuty(context.Background(), hearth.System, store.DutySetting{Duty: "first-review-conference", Amount: 10, Unit: "weeks", Reason: "Local practice"}); err != nil {
				t.Fatal(err)
			}
			res := a.signedIn(w.practitioner.Email).get("/children/" + itoa(w.bea.ID))
			if !strings.Contains(res.Body, "next review conference due 27 April 2026") {
				t.Error("the record page does not use the organisation's setting")
			}
		})
	})
}
