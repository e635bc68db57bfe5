package web_test

import (
	"net/http"
	"regexp"
	"testing"

	"hearth/store/storetest"
)

// TestSufficiencyPage shows a manager where Sam, in foster care in Reading, is placed, on both engines,
// and refuses the page to a practitioner.
func TestSufficiencyPage(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newProtectionWorld(t, a)
		careDistricts(t, a)
		pat := a.signedIn(practitionerA)
		wantRedirect(t, pat.post(w.samPath("/care/start"), startCare()), w.samPath("/care/episodes/"))
		wantStatus(t, pat.get("/sufficiency"), http.StatusForbidden)

		page := a.signedIn(managerA).get("/sufficiency")
		wantStatus(t, page, http.StatusOK)
		for _, want := range []string{
			`1 child is looked after`,
			`Out of the area</th><td class="govuk-table__cell govuk-table__cell--numeric">1</td><td class="govuk-table__cell govuk-table__cell--numeric">100%`,
			`\(U6\)</th><td class="govuk-table__cell govuk-table__cell--numeric">0</td><td class="govuk-table__cell govuk-table__cell--numeric">1</td>`,
			`More than 20 and up to 50 miles</th><td class="govuk-table__cell govuk-table__cell--numeric">1</td>`,
			`href="/sufficiency"`,
		} {
			if !regexp.MustCompile(want).MatchString(page.Body) {
				t.Errorf("the sufficiency page does not show %s", want)
			}
		}
	})
}
