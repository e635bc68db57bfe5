package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/protection"
	"hearth/store"
	"hearth/store/storetest"
)

// samInCare records, through the store, that Sam (born 14 June 2018) has been looked after since
// 10 February 2026 on an interim care order, in foster care.
func (w *protectionWorld) samInCare(t *testing.T) {
	t.Helper()
	e := &care.Episode{PersonID: w.sam, PeriodStart: hearth.NewDate(2026, 2, 10), StartDate: hearth.NewDate(2026, 2, 10),
		ReasonNewEpisode: "S", LegalStatus: "C1", CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1", ProviderName: "Jo Carter"}
	if err := w.a.db.Insert(context.Background(), hearth.System, e); err != nil {
		t.Fatal(err)
	}
}

func reviewForm() url.Values {
	return dated(url.Values{"participation": {"PN1"}, "permanence-plan": {"long_term_fostering"}}, "held", hearth.NewDate(2026, 2, 25))
}

// TestCareReviewsAndVisits records a looked-after review and a statutory visit of Sam on both engines:
// the review's participation code checked against his age and its date against his time in care, the
// visit recorded with the protection visit form as a looked-after child's visit, both shown on his record,
// and the forms refused to those who may not record.
func TestCareReviewsAndVisits(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		pat := a.signedIn(practitionerA)
		review := w.samPath("/care/reviews/new")

		wantFieldError(t, pat.post(review, reviewForm()), "held-day", "not looked after")
		w.samInCare(t)
		page := pat.get(review)
		wantStatus(t, page, http.StatusOK)
		if !strings.Contains(page.Body, "Child physically attends and speaks for themselves") || !strings.Contains(page.Body, "DfE code PN1") {
			t.Error("the participation codes are not shown with their meanings")
		}
		res := pat.post(review, with(reviewForm(), "participation", "PN0"))
		wantFieldError(t, res, "participation", "PN0 is for a child under 4")
		if !strings.Contains(res.Body, `value="long_term_fostering" checked`) {
			t.Error("the permanence plan chosen was lost when the review was refused")
		}
		wantFieldError(t, pat.post(review, without(reviewForm(), "participation")), "participation", "Select how the child took part")
		wantFieldError(t, pat.post(review, dated(reviewForm(), "held", hearth.NewDate(2026, 2, 9))), "held-day", "not looked after on 9 February 2026")
		wantFieldError(t, pat.post(review, dated(reviewForm(), "held", today.AddDays(1))), "held-day", "today or in the past")
		loc := wantRedirect(t, pat.post(review, reviewForm()), w.samPath("/care/reviews/"))
		rec, err := a.db.LoadChild(context.Background(), hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		if rvs := store.Rows[care.Review](rec); len(rvs) != 1 || rvs[0].Participation != "PN1" || rvs[0].Date != hearth.NewDate(2026, 2, 25) || rvs[0].PermanencePlan != "long_term_fostering" {
			t.Fatalf("the reviews are %+v", rvs)
		}
		if shown := pat.get(loc); !strings.Contains(shown.Body, "Child physically attends and speaks for themselves (PN1)") {
			t.Error("the review page does not show the participation code with its meaning")
		}

		visit := w.samPath("/visits/new")
		form := pat.get(visit)
		if !strings.Contains(form.Body, `value="cla" checked`) {
			t.Error("the visit form does not offer a looked-after child's visit first while the child is looked after")
		}
		seen := dated(url.Values{"kind": {"cla"}, "location": {"placement"}, "seen": {"yes"}, "alone": {"yes"}, "bedroom": {"yes"},
			"views": {"I like it at Jo's. I miss my mum."}, "observations": {"Sam is settling; he has his own room."}}, "visited", hearth.NewDate(2026, 2, 5))
		res = pat.post(visit, seen)
		wantFieldError(t, res, "visited-day", "before they became looked after")
		if !strings.Contains(res.Body, "I like it at Jo&#39;s. I miss my mum.") {
			t.Error("the child's words were lost when the visit was refused")
		}
		wantRedirect(t, pat.post(visit, dated(seen, "visited", hearth.NewDate(2026, 2, 17))), w.samPath("/visits/"))
		rec, err = a.db.LoadChild(context.Background(), hearth.System, w.sam, "test")
		if err != nil {
			t.Fatal(err)
		}
		vs := store.Rows[protection.Visit](rec)
		if len(vs) != 1 || vs[0].Kind != protection.VisitCLA || vs[0].SeenAlone == nil || !*vs[0].SeenAlone || vs[0].ChildViews != "I like it at Jo's. I miss my mum." {
			t.Fatalf("the visits are %+v", vs)
		}
		record := pat.get(w.samPath(""))
		for _, want := range []string{"Looked-after review", "Statutory visit", "Seen alone", "(PN1)"} {
			if !strings.Contains(record.Body, want) {
				t.Errorf("the record page does not show %q", want)
			}
		}

		wantStatus(t, a.signedIn(practitionerB).get(review), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).post(review, reviewForm()), http.StatusForbidden)
		wantStatus(t, a.signedIn(practitionerB).post(visit, seen), http.StatusForbidden)
	})
}
