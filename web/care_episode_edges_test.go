package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store/storetest"
)

// TestCareEpisodeEdges covers what the main walk does not, on both engines: an unaccompanied
// asylum-seeking child's placement has no distance (SSDA903 rule 406) though its location is worked
// out; a placement in a district Hearth does not know is recorded with its location "not worked out";
// the end of a temporary placement needs no reason for the change; a read-only role sees the
// episodes on the record without the forms; and the front door is offered only the visit form.
func TestCareEpisodeEdges(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		careDistricts(t, a)
		if err := a.db.Insert(context.Background(), hearth.System, &care.UASC{PersonID: w.sam, StartDate: hearth.NewDate(2026, 1, 20)}); err != nil {
			t.Fatal(err)
		}
		pat := a.signedIn(practitionerA)
		wantRedirect(t, pat.post(w.samPath("/care/start"), startCare()), w.samPath("/care/episodes/"))
		eps := careEpisodesOf(t, a, w.sam)
		if e := eps[0]; e.PlacementLocation != "OUT" || e.PlacementLA != "E06000038" || e.DistanceMiles != 0 {
			t.Errorf("an unaccompanied child's placement is %s in %s at %g miles, want OUT in E06000038 with no distance", e.PlacementLocation, e.PlacementLA, e.DistanceMiles)
		}
		if page := pat.get(w.samPath("/care/episodes/" + itoa(eps[0].ID))); !strings.Contains(page.Body, "Not given for an unaccompanied asylum-seeking child") {
			t.Error("the episode page does not say why an unaccompanied child's placement has no distance")
		}

		change := w.samPath("/care/change")
		holiday := dated(url.Values{"rne": {"T"}, "legal-status": {"C1"}, "category-of-need": {"N1"}, "reason-place-change": {"CARPL"},
			"placement-type": {"T2"}, "placement-postcode": {"ZE1 0AA"}, "version": {"1"}}, "start", hearth.NewDate(2026, 2, 14))
		loc := wantRedirect(t, pat.post(change, holiday), w.samPath("/care/episodes/"))
		if page := pat.get(loc); !strings.Contains(page.Body, "Not worked out: the placement postcode&#39;s district is not among those Hearth knows") {
			t.Error("the episode page does not say the location of a placement in an unknown district was not worked out")
		}
		back := dated(url.Values{"rne": {"T"}, "legal-status": {"C1"}, "category-of-need": {"N1"}, "placement-type": {"U6"}, "placement-provider": {"PR1"},
			"provider-name": {"Jo and Sam Carter"}, "placement-postcode": {"RG1 2BB"}, "version": {"1"}}, "start", hearth.NewDate(2026, 2, 21))
		wantRedirect(t, pat.post(change, back), w.samPath("/care/episodes/"))
		eps = careEpisodesOf(t, a, w.sam)
		if len(eps) != 3 || eps[0].ReasonPlaceChange != "CARPL" || eps[1].ReasonPlaceChange != "" || eps[1].PlacementLocation != "" {
			t.Errorf("after a temporary placement the episodes are %+v", eps)
		}

		qa := a.signedIn(qualityUser)
		record := qa.get(w.samPath(""))
		wantStatus(t, record, http.StatusOK)
		if !strings.Contains(record.Body, `id="looked-after"`) || strings.Contains(record.Body, w.samPath("/care/change")) {
			t.Error("quality assurance should see the episodes and no link to change them")
		}
		if page := qa.get(loc); strings.Contains(page.Body, "Record a change of legal status or placement") {
			t.Error("the episode page offers quality assurance a change")
		}

		// The front door records visits but not episodes or reviews: the record offers only what it may use.
		a.addUser("fd@example.org", hearth.RoleFrontDoor, func(u *hearth.User) { u.TeamID = w.teamA })
		fd := a.signedIn("fd@example.org").get(w.samPath(""))
		if !strings.Contains(fd.Body, w.samPath("/visits/new")) || strings.Contains(fd.Body, w.samPath("/care/reviews/new")) ||
			strings.Contains(fd.Body, w.samPath("/care/change")) {
			t.Error("the front door should be offered a statutory visit and neither a review nor a change of episode")
		}
	})
}
