package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store"
	"hearth/store/storetest"
)

// careDistricts records, through the store, three postcode districts: SL1 and SL2 in the organisation's
// own area 3 km apart, and RG1 in another authority 50 km (31.1 miles) from SL1.
func careDistricts(t *testing.T, a *app) {
	t.Helper()
	for _, d := range []*care.PostcodeDistrict{
		{Outward: "SL1", LACode: "E06000039", OwnArea: true, Easting: 497000, Northing: 180000},
		{Outward: "SL2", LACode: "E06000039", OwnArea: true, Easting: 494000, Northing: 180000},
		{Outward: "RG1", LACode: "E06000038", Easting: 527000, Northing: 220000},
	} {
		if err := a.db.Insert(context.Background(), hearth.System, d); err != nil {
			t.Fatal(err)
		}
	}
}

// careParams records, through the store, an episode of care, a review and a personal education plan with a target of Jayden (the route matrix's child), and
// returns the path parameters of their pages, for TestRouteByRoleMatrix.
func careParams(t *testing.T, a *app, w *recordWorld) map[string]string {
	t.Helper()
	e := &care.Episode{PersonID: w.jayden, PeriodStart: hearth.NewDate(2025, 8, 1), StartDate: hearth.NewDate(2025, 8, 1),
		ReasonNewEpisode: "S", LegalStatus: "C1", CategoryOfNeed: "N1", PlacementType: "U6", PlacementProvider: "PR1"}
	if err := a.db.Insert(context.Background(), hearth.System, e); err != nil {
		t.Fatal(err)
	}
	rv := &care.Review{PersonID: w.jayden, Date: hearth.NewDate(2025, 8, 20), Participation: "PN1"}
	if err := a.db.Insert(context.Background(), hearth.System, rv); err != nil {
		t.Fatal(err)
	}
	pep := &care.PersonalEducationPlan{PersonID: w.jayden, Date: hearth.NewDate(2025, 9, 1)}
	if err := a.db.Insert(context.Background(), hearth.System, pep); err != nil {
		t.Fatal(err)
	}
	target := &care.PEPTarget{PersonID: w.jayden, PEPID: pep.ID, Target: "Join a club", Allocated: 100, Status: "open"}
	if err := a.db.Insert(context.Background(), hearth.System, target); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"{episode}": itoa(e.ID), "{review}": itoa(rv.ID), "{pep}": itoa(pep.ID), "{target}": itoa(target.ID)}
}

// careEpisodesOf returns the child's standing episodes, oldest first.
func careEpisodesOf(t *testing.T, a *app, child hearth.ID) []care.Episode {
	t.Helper()
	rec, err := a.db.LoadChild(context.Background(), hearth.System, child, "test")
	if err != nil {
		t.Fatal(err)
	}
	eps := store.Rows[care.Episode](rec)
	for i := 1; i < len(eps); i++ {
		for j := i; j > 0 && eps[j].StartDate.Before(eps[j-1].StartDate); j-- {
			eps[j], eps[j-1] = eps[j-1], eps[j]
		}
	}
	return eps
}

// startCare is a whole form starting Sam's care on 10 February 2026 with foster carers in Reading.
func startCare() url.Values {
	return dated(url.Values{"legal-status": {"C1"}, "category-of-need": {"N1"}, "home-postcode": {"SL1 1AA"},
		"placement-type": {"U6"}, "placement-provider": {"PR1"}, "provider-name": {"Jo and Sam Carter"},
		"urn": {"sc900101"}, "placement-postcode": {"rg1 2bb"}}, "start", hearth.NewDate(2026, 2, 10))
}

// moveToHome is a whole form moving Sam to a children's home in the area on 20 February 2026.
func moveToHome(version int) url.Values {
	return dated(url.Values{"rne": {"P"}, "legal-status": {"C1"}, "category-of-need": {"N1"}, "reason-place-change": {"CREQB"},
		"placement-type": {"K2"}, "placement-provider": {"PR4"}, "provider-name": {"Willow Lodge"}, "urn": {"SC900411"},
		"placement-postcode": {"SL2 5XY"}, "version": {itoa(hearth.ID(version))}}, "start", hearth.NewDate(2026, 2, 20))
}

func without(v url.Values, names ...string) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = vs
	}
	for _, n := range names {
		out.Del(n)
	}
	return out
}

func with(v url.Values, name, value string) url.Values {
	out := without(v)
	out.Set(name, value)
	return out
}

// TestCareEpisodes takes Sam into care, moves his placement, changes his legal status and ends his care,
// on both engines: each form's mistakes refused at their fields with what was typed kept and nothing
// written, the location and distance worked out from the postcodes, each episode chained to the last,
// a stale change refused, and the forms refused to those who may not record.
func TestCareEpisodes(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		careDistricts(t, a)
		ctx := context.Background()
		home, _ := hearth.ParsePostcode("SL1 1AA")
		if err := a.db.Insert(ctx, hearth.System, &hearth.Address{PersonID: w.sam, Kind: "home", Postcode: home, StartDate: hearth.NewDate(2018, 6, 14)}); err != nil {
			t.Fatal(err)
		}
		pat := a.signedIn(practitionerA)
		start := w.samPath("/care/start")

		page := pat.get(start)
		wantStatus(t, page, http.StatusOK)
		if !strings.Contains(page.Body, `value="SL1 1AA"`) {
			t.Error("the start form does not offer the child's home postcode")
		}
		if !strings.Contains(page.Body, "Interim care order") || !strings.Contains(page.Body, "DfE code C1") {
			t.Error("the legal statuses are not shown with their meanings and codes")
		}

		res := pat.post(start, without(startCare(), "legal-status"))
		wantFieldError(t, res, "legal-status", "Select the legal status")
		if !strings.Contains(res.Body, "Jo and Sam Carter") {
			t.Error("the carers' names were lost when the form was refused")
		}
		wantFieldError(t, pat.post(start, with(startCare(), "placement-provider", "")), "placement-provider", "Select who provides the placement")
		wantFieldError(t, pat.post(start, with(startCare(), "placement-postcode", "RG1")), "placement-postcode", "postcode")
		wantFieldError(t, pat.post(start, dated(startCare(), "start", hearth.NewDate(2017, 1, 1))), "start-day", "before they were born")
		wantFieldError(t, pat.post(start, dated(startCare(), "start", today.AddDays(1))), "start-day", "today or in the past")
		wantFieldError(t, pat.post(start, with(startCare(), "placement-type", "T2")), "placement-provider", "temporary placement")
		if n := len(careEpisodesOf(t, a, w.sam)); n != 0 {
			t.Fatalf("refused forms wrote %d episodes", n)
		}

		first := lastID(t, wantRedirect(t, pat.post(start, startCare()), w.samPath("/care/episodes/")))
		eps := careEpisodesOf(t, a, w.sam)
		if len(eps) != 1 {
			t.Fatalf("%d episodes after starting care, want 1", len(eps))
		}
		e := eps[0]
		if e.ID != first || e.ReasonNewEpisode != "S" || e.PeriodStart != hearth.NewDate(2026, 2, 10) || e.StartDate != e.PeriodStart ||
			e.URN != "SC900101" || e.PlacementPostcode.String() != "RG1 2BB" || e.HomePostcode != home {
			t.Errorf("the first episode is %+v", e)
		}
		if e.PlacementLocation != "OUT" || e.PlacementLA != "E06000038" || e.DistanceMiles != 31.1 {
			t.Errorf("the placement is %s in %s at %g miles, want OUT in E06000038 at 31.1", e.PlacementLocation, e.PlacementLA, e.DistanceMiles)
		}
		shown := pat.get(w.samPath("/care/episodes/" + itoa(first)))
		wantStatus(t, shown, http.StatusOK)
		for _, want := range []string{"Started to be looked after (S)", "Interim care order", "Foster placement with other foster carer(s)", "(U6)",
			"Outside the local authority&#39;s boundary (OUT)", "31.1 miles", "Abuse or neglect (N1)"} {
			if !strings.Contains(shown.Body, want) {
				t.Errorf("the episode page does not show %q", want)
			}
		}
		wantStatus(t, pat.post(start, startCare()), http.StatusConflict)
		record := pat.get(w.samPath(""))
		if !strings.Contains(record.Body, `id="looked-after"`) || !strings.Contains(record.Body, "Out of the area (E06000038), 31.1 miles") ||
			!strings.Contains(record.Body, w.samPath("/care/change")) {
			t.Error("the record page does not show the episode and the link to record a change")
		}

		change := w.samPath("/care/change")
		res = pat.post(change, with(moveToHome(1), "rne", "L"))
		wantFieldError(t, res, "legal-status", "still")
		wantFieldError(t, pat.post(change, without(moveToHome(1), "reason-place-change")), "reason-place-change", "why the placement changed")
		same := moveToHome(1)
		for k, v := range map[string]string{"placement-type": "U6", "placement-provider": "PR1", "provider-name": "Jo and Sam Carter", "urn": "SC900101", "placement-postcode": "RG1 2BB"} {
			same.Set(k, v)
		}
		wantFieldError(t, pat.post(change, same), "placement-type", "same as the current one")
		wantFieldError(t, pat.post(change, with(moveToHome(1), "legal-status", "C2")), "legal-status", "legal status changed too")
		wantFieldError(t, pat.post(change, dated(moveToHome(1), "start", hearth.NewDate(2026, 2, 10))), "start-day", "after the current episode began")
		if n := len(careEpisodesOf(t, a, w.sam)); n != 1 {
			t.Fatalf("refused changes left %d episodes, want 1", n)
		}

		second := lastID(t, wantRedirect(t, pat.post(change, moveToHome(1)), w.samPath("/care/episodes/")))
		eps = careEpisodesOf(t, a, w.sam)
		if len(eps) != 2 {
			t.Fatalf("%d episodes after the move, want 2", len(eps))
		}
		if eps[0].EndDate != hearth.NewDate(2026, 2, 20) || eps[0].ReasonCeased != "X1" || eps[0].ReasonPlaceChange != "CREQB" {
			t.Errorf("the first episode ended %s with %q and %q, want 20 February 2026, X1, CREQB", eps[0].EndDate, eps[0].ReasonCeased, eps[0].ReasonPlaceChange)
		}
		n := eps[1]
		if n.ID != second || n.ReasonNewEpisode != "P" || n.PeriodStart != hearth.NewDate(2026, 2, 10) || n.StartDate != hearth.NewDate(2026, 2, 20) ||
			n.HomePostcode != home || n.PlacementLocation != "IN" || n.DistanceMiles != 1.9 {
			t.Errorf("the second episode is %+v", n)
		}

		// A change of legal status only keeps the placement; one saved on a version since changed is refused.
		legal := dated(url.Values{"rne": {"L"}, "legal-status": {"C2"}, "category-of-need": {"N1"}, "version": {"1"}}, "start", hearth.NewDate(2026, 2, 27))
		n.ProviderName = "Willow Lodge (Hearthton)"
		if err := a.db.Amend(ctx, hearth.System, &n, "the home's name corrected"); err != nil {
			t.Fatal(err)
		}
		wantFieldError(t, pat.post(change, legal), "start-day", "")
		legal.Set("version", "2")
		wantRedirect(t, pat.post(change, legal), w.samPath("/care/episodes/"))
		eps = careEpisodesOf(t, a, w.sam)
		if len(eps) != 3 || eps[2].LegalStatus != "C2" || eps[2].PlacementType != "K2" || eps[2].ProviderName != "Willow Lodge (Hearthton)" ||
			eps[1].ReasonPlaceChange != "" || eps[1].ReasonCeased != "X1" {
			t.Errorf("after the change of legal status the episodes are %+v", eps)
		}

		end := w.samPath("/care/end")
		endForm := dated(url.Values{"reason-ceased": {"E4A"}, "version": {"1"}}, "end", hearth.NewDate(2026, 3, 1))
		wantFieldError(t, pat.post(end, with(endForm, "reason-ceased", "X1")), "reason-ceased", "record a change")
		wantFieldError(t, pat.post(end, dated(without(endForm), "end", hearth.NewDate(2026, 2, 26))), "end-day", "on or after the current episode began")
		wantRedirect(t, pat.post(end, endForm), w.samPath("/care/episodes/"))
		eps = careEpisodesOf(t, a, w.sam)
		if last := eps[len(eps)-1]; last.EndDate != hearth.NewDate(2026, 3, 1) || last.ReasonCeased != "E4A" {
			t.Errorf("care ended %s with %q, want 1 March 2026 with E4A", last.EndDate, last.ReasonCeased)
		}
		record = pat.get(w.samPath(""))
		if !strings.Contains(record.Body, "Returned home to live with parent(s)") || !strings.Contains(record.Body, w.samPath("/care/start")) {
			t.Error("the record page does not show that care ended, with the link to start a new period")
		}
		wantStatus(t, pat.post(end, endForm), http.StatusConflict)
		wantStatus(t, pat.post(change, moveToHome(1)), http.StatusConflict)

		// Others: a practitioner of another team, and roles that do not record care.
		bea := a.signedIn(practitionerB)
		wantStatus(t, bea.get(start), http.StatusForbidden)
		wantStatus(t, bea.post(start, startCare()), http.StatusForbidden)
		qa := a.signedIn(qualityUser)
		wantStatus(t, qa.get(start), http.StatusForbidden)
		wantStatus(t, qa.post(change, moveToHome(1)), http.StatusForbidden)
		if got := len(careEpisodesOf(t, a, w.sam)); got != 3 {
			t.Errorf("refused users changed the episodes: %d, want 3", got)
		}
	})
}
