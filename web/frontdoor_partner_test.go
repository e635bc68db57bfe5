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
	"hearth/store/storetest"
)

// TestPartnerAgencyAnswers checks a partner agency account's whole view: the requests sent to its
// agency and nothing else, the answer form and its mistakes, and the answer reaching the contact page.
func TestPartnerAgencyAnswers(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		police := a.signedIn(policeUser)
		path := "/mash-requests/" + itoa(w.check)

		list := police.get("/mash-requests")
		if list.StatusCode != http.StatusOK || !strings.Contains(list.Body, "Jayden Smith") || !strings.Contains(list.Body, `href="`+path+`"`) {
			t.Fatalf("the police's list: %d\n%.600s", list.StatusCode, list.Body)
		}
		if home := police.get("/"); !strings.Contains(home.Body, `href="/mash-requests"`) || strings.Contains(home.Body, `href="/people"`) {
			t.Error("a partner agency's navigation should offer its requests and not the search for people")
		}
		health := a.signedIn(healthUser)
		if res := health.get("/mash-requests"); res.StatusCode != http.StatusOK || strings.Contains(res.Body, "Jayden") {
			t.Errorf("health sees the police's request: %d", res.StatusCode)
		}

		t.Run("nothing else of the child's record", func(t *testing.T) {
			for _, p := range []string{path} {
				if res := health.get(p); res.StatusCode != http.StatusForbidden {
					t.Errorf("health opens the police's request %s: %d", p, res.StatusCode)
				}
				if res := health.post(p, url.Values{"answered_by": {"x"}, "response": {"y"}}); res.StatusCode != http.StatusForbidden {
					t.Errorf("health answers the police's request: %d", res.StatusCode)
				}
			}
			for _, p := range []string{childPath(w.jayden, ""), childPath(w.jayden, "/chronology"), contactPath(w.contact),
				"/people?name=Jayden", "/front-door", "/api/v1/children/" + itoa(w.jayden), childPath(w.jayden, "/contacts/new")} {
				res := police.get(p)
				if res.StatusCode != http.StatusForbidden && res.StatusCode != http.StatusUnauthorized {
					t.Errorf("the police open %s: %d", p, res.StatusCode)
				}
				if strings.Contains(res.Body, "bruise") {
					t.Errorf("%s shows the police the contact", p)
				}
			}
			page := police.get(path)
			if page.StatusCode != http.StatusOK || !strings.Contains(page.Body, "Any call-outs to the family home?") || !strings.Contains(page.Body, "2 January 2015") {
				t.Fatalf("the request: %d\n%.600s", page.StatusCode, page.Body)
			}
			if strings.Contains(page.Body, "bruise") || strings.Contains(page.Body, "Hearthton Primary") || strings.Contains(page.Body, "J100") {
				t.Error("the request page shows more of the child's record than the request")
			}
		})

		t.Run("each mistake at its field", func(t *testing.T) {
			res := police.post(path, url.Values{"answered_by": {"DC Sam Jones"}, "response": {" "}})
			wantFieldError(t, res, "response", "Enter what your agency knows about the child and family, or that it knows nothing")
			res = police.post(path, url.Values{"answered_by": {""}, "response": {"Two call-outs in 2025"}})
			wantFieldError(t, res, "answered_by", "Enter your name and role")
			if !strings.Contains(res.Body, "Two call-outs in 2025") {
				t.Error("the answer typed is lost")
			}
		})

		t.Run("answered", func(t *testing.T) {
			a.clock.Advance(3*time.Hour + 10*time.Minute)
			police := a.signedIn(policeUser) // the earlier session has timed out
			res := police.post(path, url.Values{"answered_by": {"DC Sam Jones, PPU"}, "response": {"Two call-outs in 2025"}})
			if res.StatusCode != http.StatusSeeOther {
				t.Fatalf("answering: %d\n%.500s", res.StatusCode, res.Body)
			}
			var m frontdoor.MASHCheck
			if err := a.db.Get(context.Background(), hearth.System, w.check, &m); err != nil {
				t.Fatal(err)
			}
			u, _ := a.db.UserByEmail(context.Background(), policeUser)
			if m.AnsweredByUserID != u.ID || m.AnsweredBy != "DC Sam Jones, PPU" || !m.AnsweredAt.Equal(a.clock.Now()) {
				t.Errorf("answered %+v", m)
			}
			if res := police.post(path, url.Values{"answered_by": {"x"}, "response": {"again"}}); res.StatusCode != http.StatusConflict {
				t.Errorf("answering twice: %d", res.StatusCode)
			}
			if res := police.get("/mash-requests?answered=1"); !strings.Contains(res.Body, "Jayden Smith") {
				t.Error("the answered list does not show the request")
			}
			page := a.signedIn(frontDoorUser).get(contactPath(w.contact))
			if !strings.Contains(page.Body, "Two call-outs in 2025") || !strings.Contains(page.Body, "in 4 hours 10 minutes") || !strings.Contains(page.Body, ">On time<") {
				t.Errorf("the contact page does not show the answer and how fast:\n%.2000s", page.Body)
			}
		})
	})
}

// TestPartnerAgencyAccountNeedsAnAgency checks that an administrator gives a partner agency account its
// agency, which the account's pages then use, and that an account without one is refused the pages.
func TestPartnerAgencyAccountNeedsAnAgency(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		newFrontDoorWorld(t, a)
		admin := a.signedIn(adminUser)
		path := "/admin/users/" + userID(t, a, partnerUser)
		form := admin.get(path)
		if form.StatusCode != http.StatusOK || !strings.Contains(form.Body, `<option value="education">`) {
			t.Fatalf("the account form has no agency: %d", form.StatusCode)
		}
		if res := a.signedIn(partnerUser).get("/mash-requests"); res.StatusCode != http.StatusForbidden {
			t.Errorf("a partner account without an agency sees requests: %d", res.StatusCode)
		}
		v := url.Values{"role": {"partner_agency"}, "active": {"true"}, "reason": {"Police liaison officer"}, "version": {"1"}}
		wantFieldError(t, admin.post(path, v), "agency", "Select the partner agency whose MASH requests the account answers")
		v.Set("agency", "police")
		if res := admin.post(path, v); res.StatusCode != http.StatusSeeOther {
			t.Fatalf("setting the agency: %d\n%.500s", res.StatusCode, res.Body)
		}
		u, err := a.db.UserByEmail(context.Background(), partnerUser)
		if err != nil || u.Agency != "police" {
			t.Fatalf("agency %q, %v", u.Agency, err)
		}
		if res := a.signedIn(partnerUser).get("/mash-requests"); res.StatusCode != http.StatusOK {
			t.Errorf("the police account cannot see its requests: %d", res.StatusCode)
		}
	})
}
