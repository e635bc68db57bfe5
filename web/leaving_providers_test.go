package web_test

import (
	"net/http"
	"net/url"
	"testing"

	"hearth/store/storetest"
)

// TestProvidersPages adds a semi-independent provider and records an unannounced visit, on both engines: each
// mistake at its field with what was typed kept, the register flagging a provider with no contract or no
// recent unannounced visit, and the forms refused to roles that do not record them.
func TestProvidersPages(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		newLeavingWorld(t, a)
		boss := a.signedIn(leavingBoss)

		wantStatus(t, boss.get("/leaving/providers/new"), http.StatusOK)
		res := boss.post("/leaving/providers/new", url.Values{"notes": {"Four self-contained flats for 16 to 21 year olds"}})
		wantFieldError(t, res, "name", "Enter the provider's name")
		wantFieldError(t, res, "contract", "Select yes if a contract is in place")
		wantBody(t, res, "Four self-contained flats for 16 to 21 year olds")
		provider := func() url.Values {
			return url.Values{"name": {"Northside Supported Homes"}, "contract": {"yes"}, "urn": {"2798123"}}
		}
		wantFieldError(t, boss.post("/leaving/providers/new", dated(dated(provider(), "start", today), "end", today.AddDays(-1))), "end-day", "cannot end before it began")
		base := wantRedirect(t, boss.post("/leaving/providers/new", dated(dated(provider(), "start", today.AddDays(-300)), "end", today.AddDays(400))), "/leaving/providers/")
		wantRedirect(t, boss.post("/leaving/providers/new", url.Values{"name": {"Eastgate Lodgings"}, "contract": {"no"}}), "/leaving/providers/")
		list := boss.get("/leaving/providers")
		wantBody(t, list, "Northside Supported Homes", "In place until 6 April 2027", "2798123", "Eastgate Lodgings", "No contract", "Unannounced visit due")

		pa := a.signedIn(adviserUser)
		wantFieldError(t, pa.post(base+"/visits/new", dated(url.Values{"findings": {"Fire door propped open."}}, "visited", today)), "outcome", "Select what the visit found")
		res = pa.post(base+"/visits/new", dated(url.Values{"outcome": {"improvements"}, "findings": {"Fire door propped open."}}, "visited", today))
		wantFieldError(t, res, "announced", "Select yes if the provider knew")
		wantBody(t, res, "Fire door propped open.")
		wantRedirect(t, pa.post(base+"/visits/new", dated(url.Values{"announced": {"no"}, "outcome": {"improvements"}, "findings": {"Fire door propped open."}}, "visited", today)), base)
		wantBody(t, pa.get(base), "Unannounced", "Ola Adeyemi", "Improvements needed", "Fire door propped open.")

		wantStatus(t, pa.get("/leaving/providers/new"), http.StatusForbidden)
		wantStatus(t, a.signedIn(qualityUser).post(base+"/visits/new", url.Values{}), http.StatusForbidden)
		wantStatus(t, a.signedIn(practitionerA).get("/leaving/providers"), http.StatusForbidden)
		wantStatus(t, boss.get("/leaving/providers/999999"), http.StatusNotFound)
	})
}
