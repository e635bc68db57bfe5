package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/frontdoor"
	"hearth/store"
	"hearth/store/storetest"
)

// decideAsReferral records the world's contact as decided for a referral at 8:45 today.
func decideAsReferral(t *testing.T, a *app, w *frontDoorWorld) {
	t.Helper()
	var c frontdoor.Contact
	ctx := context.Background()
	if err := a.db.Get(ctx, hearth.System, w.contact, &c); err != nil {
		t.Fatal(err)
	}
	c.Decision, c.ThresholdLevel, c.DecisionRationale = frontdoor.DecisionReferral, "level_3", "Assessment needed"
	c.DecidedAt, c.DecidedBy = received.Add(45*time.Minute), w.mashWorker
	if err := a.db.Amend(ctx, hearth.System, &c, "Contact decided"); err != nil {
		t.Fatal(err)
	}
}

// episodesOf returns a child's CIN episodes as stored.
func episodesOf(t *testing.T, a *app, child hearth.ID) []frontdoor.CINEpisode {
	t.Helper()
	rec, err := a.db.LoadChild(context.Background(), hearth.System, child, "test")
	if err != nil {
		t.Fatal(err)
	}
	return store.Rows[frontdoor.CINEpisode](rec)
}

// referralForm is the referral of the world's contact, accepted today with need N1 by the MASH team.
func referralForm(w *frontDoorWorld) url.Values {
	v := url.Values{"source": {"2A"}, "outcome": {"accepted"}, "primary_need": {"N1"}, "team": {itoa(w.mashTeam)}}
	return dated(v, "referral", hearth.NewDate(2026, 3, 2))
}

// TestRecordReferral turns a contact decided as a referral into a CIN episode, refusing each mistake at
// its field, a contact not decided as a referral, and a second referral from one contact.
func TestRecordReferral(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		fd := a.signedIn(frontDoorUser)
		path := contactPath(w.contact) + "/referral"
		if res := fd.get(path); res.StatusCode != http.StatusConflict {
			t.Errorf("a referral from an undecided contact: %d, want 409", res.StatusCode)
		}
		decideAsReferral(t, a, w)
		res := fd.get(path)
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, `name="referral-day" type="text" inputmode="numeric" value="2"`) {
			t.Fatalf("the referral form: %d\n%.600s", res.StatusCode, res.Body)
		}
		for _, who := range []string{inspectorUser, analystUser, policeUser, practitionerB} {
			if res := a.signedIn(who).post(path, referralForm(w)); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s records the referral: %d, want 403", who, res.StatusCode)
			}
		}
		cases := []struct {
			name, field, message string
			edit                 func(url.Values)
		}{
			{"no date", "referral-day", "Enter the referral date", func(v url.Values) { v.Del("referral-day"); v.Del("referral-month"); v.Del("referral-year") }},
			{"in the future", "referral-day", "The referral date must be today or in the past", func(v url.Values) { dated(v, "referral", hearth.NewDate(2026, 3, 3)) }},
			{"before the contact", "referral-day", "The referral date must be on or after the day the contact was received, 2 March 2026",
				func(v url.Values) { dated(v, "referral", hearth.NewDate(2026, 3, 1)) }},
			{"no source", "source", "Select who made the referral", func(v url.Values) { v.Del("source") }},
			{"no outcome", "outcome", "Select whether the referral is accepted for assessment or closed with no further action", func(v url.Values) { v.Del("outcome") }},
			{"accepted without a need", "primary_need", "Select the child's primary need", func(v url.Values) { v.Del("primary_need") }},
			{"an unknown need", "primary_need", "Select the child's primary need", func(v url.Values) { v.Set("primary_need", "N10") }},
			{"no team", "team", "Select the team that takes the referral", func(v url.Values) { v.Del("team") }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				v := referralForm(w)
				c.edit(v)
				wantFieldError(t, fd.post(path, v), c.field, c.message)
			})
		}
		before := len(episodesOf(t, a, w.jayden))
		res = fd.post(path, referralForm(w))
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != childPath(w.jayden, "") {
			t.Fatalf("recording the referral: %d %s\n%.600s", res.StatusCode, res.Header.Get("Location"), res.Body)
		}
		es := episodesOf(t, a, w.jayden)
		if len(es) != before+1 {
			t.Fatalf("%d episodes, want %d", len(es), before+1)
		}
		e := es[len(es)-1]
		if e.ContactID != w.contact || e.ReferralDate != hearth.NewDate(2026, 3, 2) || e.PrimaryNeed != "N1" || e.TeamID != w.mashTeam ||
			e.WorkerID != w.mashWorker || e.ReferralNFA || !e.ClosureDate.IsZero() {
			t.Errorf("recorded %+v", e)
		}
		if res := fd.get(path); res.StatusCode != http.StatusConflict {
			t.Errorf("a second referral from the contact: %d, want 409", res.StatusCode)
		}
	})
}

// TestReferralNoFurtherAction records a referral closed with no further action: an episode that opens
// and closes on its date with reason RC8, as the CIN census counts it.
func TestReferralNoFurtherAction(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		decideAsReferral(t, a, w)
		v := referralForm(w)
		v.Set("outcome", "nfa")
		v.Del("primary_need")
		res := a.signedIn(managerA).post(contactPath(w.contact)+"/referral", v)
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("recording: %d\n%.600s", res.StatusCode, res.Body)
		}
		es := episodesOf(t, a, w.jayden)
		e := es[len(es)-1]
		if !e.ReferralNFA || e.ClosureDate != e.ReferralDate || e.ClosureReason != "RC8" || e.PrimaryNeed != "" {
			t.Errorf("an NFA referral recorded as %+v", e)
		}
	})
}

// TestCloseEpisode closes a CIN episode with its reason, refusing each mistake at its field, a closure
// over someone else's change, read-only roles, and closing twice.
func TestCloseEpisode(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		pat := a.signedIn(practitionerA)
		path := "/referrals/" + itoa(w.episode) + "/close"
		good := func() url.Values {
			return dated(url.Values{"version": {"1"}, "reason": {"RC7"}}, "closure", hearth.NewDate(2026, 2, 27))
		}
		if res := pat.get(path); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Services ceased for any other reason") {
			t.Fatalf("the closure form: %d", res.StatusCode)
		}
		for _, who := range []string{inspectorUser, qualityUser, practitionerB, policeUser, adminUser} {
			if res := a.signedIn(who).post(path, good()); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s closes the episode: %d, want 403", who, res.StatusCode)
			}
		}
		cases := []struct {
			name, field, message string
			edit                 func(url.Values)
		}{
			{"no date", "closure-day", "Enter the closure date", func(v url.Values) { v.Del("closure-day"); v.Del("closure-month"); v.Del("closure-year") }},
			{"in the future", "closure-day", "The closure date must be today or in the past", func(v url.Values) { dated(v, "closure", hearth.NewDate(2026, 3, 3)) }},
			{"before the referral", "closure-day", "The closure date must be on or after the referral date, 5 January 2026",
				func(v url.Values) { dated(v, "closure", hearth.NewDate(2026, 1, 4)) }},
			{"no reason", "reason", "Select why the episode is closing", func(v url.Values) { v.Del("reason") }},
			{"an unknown reason", "reason", "Select why the episode is closing", func(v url.Values) { v.Set("reason", "RC10") }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				v := good()
				c.edit(v)
				wantFieldError(t, pat.post(path, v), c.field, c.message)
			})
		}
		v := good()
		v.Set("version", "0")
		if res := pat.post(path, v); res.StatusCode != http.StatusConflict || !strings.Contains(res.Body, "after you opened it") {
			t.Errorf("a closure over a stale version: %d", res.StatusCode)
		}
		res := pat.post(path, good())
		if res.StatusCode != http.StatusSeeOther {
			t.Fatalf("closing: %d\n%.600s", res.StatusCode, res.Body)
		}
		var e frontdoor.CINEpisode
		if err := a.db.Get(context.Background(), hearth.System, w.episode, &e); err != nil {
			t.Fatal(err)
		}
		if e.ClosureDate != hearth.NewDate(2026, 2, 27) || e.ClosureReason != "RC7" || e.Version != 2 {
			t.Errorf("closed %+v", e)
		}
		if res := pat.get(path); res.StatusCode != http.StatusConflict {
			t.Errorf("closing twice: %d, want 409", res.StatusCode)
		}
	})
}
