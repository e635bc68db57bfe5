package web_test

import (
	"context"
	"fmt"
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

// TestAskPartnerAgencies asks partner agencies about a contact: one request per agency, each due by the
// duty of its RAG rating; each mistake refused at its field; an agency asked and not yet answered not
// asked twice; and only the front door and managers may ask.
func TestAskPartnerAgencies(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		fd := a.signedIn(frontDoorUser)
		path := contactPath(w.contact) + "/mash-checks/new"
		good := func() url.Values {
			return url.Values{"agencies": {"health", "education", "gp"}, "rag": {"amber"}, "question": {"Is Jayden known to you? Any injuries seen?"}}
		}
		if res := fd.get(path); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Asked 2 March 2026 at 08:00; awaiting an answer") {
			t.Fatalf("the form: %d\n%.600s", res.StatusCode, res.Body)
		}
		for _, who := range []string{practitionerA, inspectorUser, policeUser} {
			if res := a.signedIn(who).post(path, good()); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s asks: %d, want 403", who, res.StatusCode)
			}
		}
		cases := []struct {
			name, field, message string
			edit                 func(url.Values)
		}{
			{"no agency", "agencies", "Select the partner agencies to ask", func(v url.Values) { v.Del("agencies") }},
			{"an unknown agency", "agencies", "Select the agencies from the list", func(v url.Values) { v.Add("agencies", "fire") }},
			{"the police again", "agencies", "Police has been asked already and has not answered yet", func(v url.Values) { v.Add("agencies", "police") }},
			{"no urgency", "rag", "Select how urgent the request is", func(v url.Values) { v.Del("rag") }},
			{"no question", "question", "Enter what the agencies are asked", func(v url.Values) { v.Set("question", "") }},
		}
		for _, c := range cases {
			v := good()
			c.edit(v)
			res := fd.post(path, v)
			wantFieldError(t, res, c.field, c.message)
			if c.field != "question" && !strings.Contains(res.Body, "Is Jayden known to you?") {
				t.Errorf("%s: the question typed is lost", c.name)
			}
		}
		res := fd.post(path, good())
		if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != contactPath(w.contact) {
			t.Fatalf("asking: %d %s\n%.600s", res.StatusCode, res.Header.Get("Location"), res.Body)
		}
		page := fd.get(contactPath(w.contact))
		for _, want := range []string{"Health (community and hospital health services)", "General practitioner", ">Awaited<", "Youth justice service", ">Not asked<"} {
			if !strings.Contains(page.Body, want) {
				t.Errorf("the contact page does not show %q", want)
			}
		}
		// Amber is due 24 working hours later: asked at 9:00 on Monday 2 March 2026, due 9:00 on Tuesday.
		var due time.Time
		if err := scanDue(a, w.contact, "gp", &due); err != nil || !due.Equal(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)) {
			t.Errorf("the GP's answer is due %v (%v), want 9:00 on 3 March 2026", due, err)
		}
	})
}

// scanDue reads the due_by of a contact's request to an agency.
func scanDue(a *app, contact hearth.ID, agency string, due *time.Time) error {
	rec, err := a.db.LoadChild(context.Background(), hearth.System, personOfContact(a, contact), "test")
	if err != nil {
		return err
	}
	for _, m := range store.Rows[frontdoor.MASHCheck](rec) {
		if m.ContactID == contact && m.Agency == agency {
			*due = m.DueBy
			return nil
		}
	}
	return fmt.Errorf("no request to %s", agency)
}

// personOfContact returns the child of a contact.
func personOfContact(a *app, contact hearth.ID) hearth.ID {
	p, err := a.db.PersonOf(context.Background(), "contacts", contact)
	if err != nil {
		a.t.Fatal(err)
	}
	return p
}
