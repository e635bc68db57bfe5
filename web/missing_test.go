package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/exploitation"
	"hearth/store/storetest"
)

// moment fills a date input and its time box.
func moment(v url.Values, name string, t time.Time) url.Values {
	t = t.In(london)
	v = dated(v, name, hearth.DateOf(t))
	v.Set(name+"-time", t.Format("15:04"))
	return v
}

// TestMissingEpisode records Sol going missing, coming back and his return home interview on both
// engines: each mistake at its field with what was typed kept, the 72 hours worked out from the return
// time, repeat missing on his record, and the forms refused to those who may not record.
func TestMissingEpisode(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newLeavingWorld(t, a)
		pat := a.signedIn(practitionerA)
		sol := childPath(w.sol, "")
		went := time.Date(2026, 2, 20, 21, 30, 0, 0, london)
		back := time.Date(2026, 2, 21, 7, 15, 0, 0, london)

		wantStatus(t, pat.get(sol+"/missing/new"), http.StatusOK)
		res := pat.post(sol+"/missing/new", url.Values{"police": {"MP/123/26"}})
		wantFieldError(t, res, "kind", "Select whether the child was missing")
		wantFieldError(t, res, "started-day", "Enter the date the child went missing")
		wantFieldError(t, res, "returned", "Select yes if the child has come back")
		wantBody(t, res, "MP/123/26")
		wantFieldError(t, pat.post(sol+"/missing/new", moment(url.Values{"kind": {"M"}, "returned": {"yes"}}, "started", went)),
			"ended-day", "Enter the date the child came back")
		wantFieldError(t, pat.post(sol+"/missing/new", moment(moment(url.Values{"kind": {"M"}, "returned": {"yes"}}, "started", went), "ended", went.Add(-time.Hour))),
			"ended-day", "The return must be after the child went missing")
		wantFieldError(t, pat.post(sol+"/missing/new", moment(url.Values{"kind": {"M"}, "returned": {"no"}}, "started", a.clock.Now().Add(time.Hour))),
			"started-day", "now or in the past")

		// Still missing, then back: the return is recorded on the episode.
		base := wantRedirect(t, pat.post(sol+"/missing/new", moment(url.Values{"kind": {"M"}, "returned": {"no"}, "police": {"MP/123/26"}}, "started", went)), sol+"/missing/")
		wantBody(t, pat.get(base), "Still missing", "Record the return", "MP/123/26")
		wantStatus(t, pat.get(base+"/interview"), http.StatusConflict)
		wantFieldError(t, pat.post(base+"/return", moment(url.Values{"version": {"1"}}, "ended", went.Add(-time.Minute))), "ended-day", "after the child went missing")
		wantRedirect(t, pat.post(base+"/return", moment(url.Values{"version": {"1"}}, "ended", back)), base)
		wantBody(t, pat.get(base), "9 hours 45 minutes", "Due by", "24 February 2026 at 07:15")

		// The interview: offered after the return, held after the offer, accepted when held, and by whom.
		interview := func(v url.Values) url.Values {
			v.Set("version", "2")
			return v
		}
		res = pat.post(base+"/interview", interview(moment(url.Values{"offered": {"yes"}, "accepted": {"yes"}, "held": {"no"}}, "offered", back.Add(-time.Hour))))
		wantFieldError(t, res, "offered-day", "offered after the child came back")
		held := moment(moment(url.Values{"offered": {"yes"}, "accepted": {"no"}, "held": {"yes"}, "by": {"commissioned"}}, "offered", back.Add(2*time.Hour)), "held", back.Add(40*time.Hour))
		res = pat.post(base+"/interview", interview(held))
		wantFieldError(t, res, "accepted", "so the child accepted it")
		wantFieldError(t, res, "by-name", "Enter the name")
		held.Set("accepted", "yes")
		held.Set("by-name", "Safe Return Service")
		wantFieldError(t, pat.post(base+"/interview", interview(moment(held, "held", back.Add(time.Hour)))), "held-day", "before it was offered")
		wantRedirect(t, pat.post(base+"/interview", interview(moment(held, "held", back.Add(40*time.Hour)))), base)
		page := pat.get(base)
		wantBody(t, page, "Held within 72 hours (40 hours after the return)", "Within 72 hours", "A commissioned independent service: Safe Return Service")
		stored := storedRows[exploitation.MissingEpisode](t, a, w.sol)
		if len(stored) != 1 || !stored[0].ReturnInterviewInTime() || stored[0].RHIBy != "commissioned" || stored[0].RHIAccepted == nil || !*stored[0].RHIAccepted {
			t.Fatalf("stored %+v", stored)
		}
		// Saving against the version the form was opened on: a second save of the same version is refused.
		wantFieldError(t, pat.post(base+"/interview", interview(moment(held, "held", back.Add(41*time.Hour)))), "offered", "")

		// Two more episodes in the year make repeat missing; one interview held at 73 hours is late.
		for i, gap := range []time.Duration{73 * time.Hour, 0} {
			start := went.AddDate(0, 0, -10*(i+1))
			loc := wantRedirect(t, pat.post(sol+"/missing/new", moment(moment(url.Values{"kind": {"A"}, "returned": {"yes"}}, "started", start), "ended", start.Add(3*time.Hour))), sol+"/missing/")
			if gap > 0 {
				v := moment(moment(url.Values{"version": {"1"}, "offered": {"yes"}, "accepted": {"yes"}, "held": {"yes"}, "by": {"in_house"}, "by-name": {"Priya Shah"}},
					"offered", start.Add(4*time.Hour)), "held", start.Add(3*time.Hour+gap))
				wantRedirect(t, pat.post(loc+"/interview", v), loc)
			}
		}
		record := pat.get(sol)
		wantBody(t, record, "Repeat missing: 3 episodes in the last 12 months", "3 episodes in the last 12 months: 1 missing, 2 away from placement",
			"Held after 72 hours (73 hours after the return)", "Not offered within 72 hours", "Record a missing or away episode")

		// Others: a practitioner of another team, and a read-only role, are refused the forms.
		wantStatus(t, a.signedIn(practitionerB).get(sol+"/missing/new"), http.StatusForbidden)
		wantStatus(t, a.signedIn(practitionerB).get(base), http.StatusForbidden)
		qa := a.signedIn(qualityUser)
		wantStatus(t, qa.post(sol+"/missing/new", url.Values{}), http.StatusForbidden)
		wantStatus(t, qa.get(base+"/interview"), http.StatusForbidden)
		if page := qa.get(base); page.StatusCode != http.StatusOK || strings.Contains(page.Body, "/interview\"") {
			t.Errorf("quality assurance sees the episode (status %d) without the link to record the interview", page.StatusCode)
		}
		if n := len(storedRows[exploitation.MissingEpisode](t, a, w.sol)); n != 3 {
			t.Fatalf("%d episodes, want 3", n)
		}
	})
}
