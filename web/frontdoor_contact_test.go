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

// contactForm is a new-contact form filled in as the front door would: a school's contact received at
// 8:30 today, consent given.
func contactForm() url.Values {
	v := url.Values{"source": {"2A"}, "source_detail": {"Hearthton Primary"}, "summary": {"Ava said her stepdad hit her"},
		"reasons": {"physical_abuse", "domestic_abuse"}, "consent": {"given"}}
	return momentForm(v, "received", time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC))
}

// TestRecordContact records a contact about a child the front door did not know, and refuses each
// mistake at its field, keeping what was typed.
func TestRecordContact(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		fd := a.signedIn(frontDoorUser)
		path := childPath(w.ava, "/contacts/new")

		t.Run("the form", func(t *testing.T) {
			res := fd.get(path)
			if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Schools (2A)") || !strings.Contains(res.Body, `name="received-time" type="text" inputmode="text" autocomplete="off" value="09:00"`) {
				t.Fatalf("the form: %d\n%.600s", res.StatusCode, res.Body)
			}
		})

		t.Run("each mistake at its field", func(t *testing.T) {
			cases := []struct {
				name, field, message string
				edit                 func(url.Values)
			}{
				{"received in the future", "received-day", "The date and time the contact was received must be now or in the past",
					func(v url.Values) { momentForm(v, "received", time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)) }},
				{"no date", "received-day", "Enter the date the contact was received", func(v url.Values) { v.Del("received-day"); v.Del("received-month"); v.Del("received-year") }},
				{"not a real date", "received-day", "The date the contact was received must be a real date", func(v url.Values) { v.Set("received-day", "30"); v.Set("received-month", "2") }},
				{"no time", "received-time", "Enter the time the contact was received", func(v url.Values) { v.Set("received-time", "") }},
				{"not a time", "received-time", "Enter the time the contact was received as hours and minutes, like 9:30 or 14:05", func(v url.Values) { v.Set("received-time", "25:70") }},
				{"no source", "source", "Select who made the contact", func(v url.Values) { v.Del("source") }},
				{"an unknown source", "source", "Select who made the contact", func(v url.Values) { v.Set("source", "11") }},
				{"no summary", "summary", "Enter what the contact is about", func(v url.Values) { v.Set("summary", "  ") }},
				{"an unknown concern", "reasons", "Select the concerns from the list", func(v url.Values) { v.Add("reasons", "witchcraft") }},
				{"a notification not from the police", "domestic_abuse", "A domestic abuse notification comes from the police: select Police (6) as who made the contact, or untick this", func(v url.Values) { v.Set("domestic_abuse", "yes") }},
				{"no consent", "consent", "Select how consent was considered", func(v url.Values) { v.Del("consent") }},
				{"consent not needed without why", "consent_reason", "Enter why consent was not needed", func(v url.Values) { v.Set("consent", "not_needed") }},
				{"refusal overridden without why", "consent_reason", "Enter why the refusal of consent was overridden", func(v url.Values) { v.Set("consent", "refused_overridden") }},
			}
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					v := contactForm()
					c.edit(v)
					res := fd.post(path, v)
					wantFieldError(t, res, c.field, c.message)
					if !strings.Contains(res.Body, "Ava said her stepdad hit her") && c.field != "summary" {
						t.Error("the summary typed is lost")
					}
				})
			}
			if n := len(contactsOf(t, a, w.ava)); n != 0 {
				t.Fatalf("a refused form saved %d contacts", n)
			}
		})

		t.Run("saved", func(t *testing.T) {
			v := contactForm()
			v.Set("source", "6")
			v.Set("domestic_abuse", "yes")
			v.Set("consent", "not_needed")
			v.Set("consent_reason", "Police notification; seeking consent could place Ava at risk")
			res := fd.post(path, v)
			if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/contacts/") {
				t.Fatalf("saving: %d %s\n%.500s", res.StatusCode, res.Header.Get("Location"), res.Body)
			}
			cs := contactsOf(t, a, w.ava)
			if len(cs) != 1 {
				t.Fatalf("%d contacts saved", len(cs))
			}
			c := cs[0]
			if !c.ReceivedAt.Equal(time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC)) || c.Source != "6" || !c.DomesticAbuseNotification ||
				c.Consent != "not_needed" || !c.Reasons.Has("physical_abuse") || c.Decision != "" {
				t.Errorf("saved %+v", c)
			}
			// The front door can now open the contact (the child has a contact awaiting a decision).
			page := fd.get(res.Header.Get("Location"))
			if page.StatusCode != http.StatusOK || !strings.Contains(page.Body, "Awaiting a decision") {
				t.Fatalf("the contact page: %d\n%.500s", page.StatusCode, page.Body)
			}
		})
	})
}

// contactsOf returns a child's contacts as stored.
func contactsOf(t *testing.T, a *app, child hearth.ID) []frontdoor.Contact {
	t.Helper()
	rec, err := a.db.LoadChild(context.Background(), hearth.System, child, "test")
	if err != nil {
		t.Fatal(err)
	}
	return store.Rows[frontdoor.Contact](rec)
}

// TestRecordContactAccess checks who may record a contact: the front door about any child, a
// practitioner about their team's children only, read-only roles and partner agencies never; and a
// sealed record asks the front door for a reason first.
func TestRecordContactAccess(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		cases := []struct {
			who   string
			child hearth.ID
			want  int
		}{
			{practitionerA, w.jayden, http.StatusOK},
			{practitionerB, w.jayden, http.StatusForbidden},
			{practitionerA, w.ava, http.StatusForbidden},
			{frontDoorUser, w.ava, http.StatusOK},
			{managerA, w.jayden, http.StatusOK},
			{inspectorUser, w.jayden, http.StatusForbidden},
			{analystUser, w.jayden, http.StatusForbidden},
			{qualityUser, w.jayden, http.StatusForbidden},
			{policeUser, w.jayden, http.StatusForbidden},
			{adminUser, w.jayden, http.StatusForbidden},
		}
		for _, c := range cases {
			b := a.signedIn(c.who)
			if res := b.get(childPath(c.child, "/contacts/new")); res.StatusCode != c.want {
				t.Errorf("%s GET: %d, want %d", c.who, res.StatusCode, c.want)
			}
			if res := b.post(childPath(c.child, "/contacts/new"), contactForm()); c.want == http.StatusForbidden && res.StatusCode != c.want {
				t.Errorf("%s POST: %d, want %d", c.who, res.StatusCode, c.want)
			}
		}
		res := a.signedIn(frontDoorUser).get(childPath(w.restricted, "/contacts/new"))
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "/break-glass") {
			t.Errorf("a sealed record does not ask the front door for a reason: %d\n%.400s", res.StatusCode, res.Body)
		}
	})
}

// TestContactPage checks what the contact page shows: the contact, and for each partner agency whether
// it was asked and answered and how fast, with the agencies never asked shown as gaps; and who may see it.
func TestContactPage(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		ctx := context.Background()
		health := &frontdoor.MASHCheck{PersonID: w.jayden, ContactID: w.contact, Agency: "health", RAG: frontdoor.RAGRed,
			AskedAt: received, DueBy: received.Add(4 * time.Hour), AnsweredAt: received.Add(5*time.Hour + 20*time.Minute),
			AnsweredBy: "Nurse Lee", Response: "Seen at A&E twice in January"}
		if err := a.db.Insert(ctx, hearth.System, health); err != nil {
			t.Fatal(err)
		}
		a.clock.Advance(48 * time.Hour) // the police answer is now overdue
		res := a.signedIn(managerA).get(contactPath(w.contact))
		if res.StatusCode != http.StatusOK {
			t.Fatalf("the contact page: %d\n%.500s", res.StatusCode, res.Body)
		}
		for _, want := range []string{"Jayden came to school with a bruise", "Schools (2A): Hearthton Primary", "Seen at A&amp;E twice in January",
			"in 5 hours 20 minutes", ">Late<", ">Overdue<", "Education (schools and the education service)", ">Not asked<", "Awaiting a decision"} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not show %q", want)
			}
		}
		if !strings.Contains(res.Body, `href="/contacts/`+itoa(w.contact)+`/decide"`) {
			t.Error("a team manager of the child's team is not offered the decision")
		}
		for _, who := range []string{practitionerB, policeUser, healthUser, panelUser, adminUser} {
			if res := a.signedIn(who).get(contactPath(w.contact)); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s opens the contact: %d", who, res.StatusCode)
			}
		}
		res = a.signedIn(inspectorUser).get(contactPath(w.contact))
		if res.StatusCode != http.StatusOK || strings.Contains(res.Body, "/decide") || strings.Contains(res.Body, "/mash-checks/new") {
			t.Errorf("an inspector reads the contact (%d) but must not be offered the forms", res.StatusCode)
		}
		if res := a.signedIn(frontDoorUser).get("/contacts/999999"); res.StatusCode != http.StatusNotFound {
			t.Errorf("a contact that does not exist: %d", res.StatusCode)
		}
	})
}

// decideForm is a decision form for the world's contact: a referral at level 3 by the MASH worker at
// 8:45, based on version 1.
func decideForm(w *frontDoorWorld) url.Values {
	v := url.Values{"version": {"1"}, "threshold_level": {"level_3"}, "decision": {"referral"},
		"rationale": {"A bruise a child says his stepdad caused: assessment needed"}, "decided_by": {itoa(w.mashWorker)}}
	return momentForm(v, "decided", time.Date(2026, 3, 2, 8, 45, 0, 0, time.UTC))
}

// TestDecideContact decides a contact, refusing each mistake at its field, a decision made by the wrong
// role, a second decision, and a decision over someone else's change.
func TestDecideContact(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		a := newAppOn(t, dsn)
		w := newFrontDoorWorld(t, a)
		fd := a.signedIn(frontDoorUser)
		path := contactPath(w.contact) + "/decide"

		res := fd.get(path)
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "Level 3: complex needs (child in need)") ||
			!strings.Contains(res.Body, "Fatima Begum") || !strings.Contains(res.Body, "0 of 1 partner agency has answered") {
			t.Fatalf("the decision form: %d\n%.800s", res.StatusCode, res.Body)
		}
		for _, who := range []string{practitionerA, inspectorUser, qualityUser, policeUser} {
			if res := a.signedIn(who).post(path, decideForm(w)); res.StatusCode != http.StatusForbidden {
				t.Errorf("%s decides: %d, want 403", who, res.StatusCode)
			}
		}

		cases := []struct {
			name, field, message string
			edit                 func(url.Values)
		}{
			{"no threshold level", "threshold_level", "Select the level of need under the threshold document", func(v url.Values) { v.Del("threshold_level") }},
			{"a level not in use", "threshold_level", "Select the level of need under the threshold document", func(v url.Values) { v.Set("threshold_level", "level_9") }},
			{"no decision", "decision", "Select what was decided", func(v url.Values) { v.Del("decision") }},
			{"no rationale", "rationale", "Enter why, with reference to the threshold document and what the checks found", func(v url.Values) { v.Set("rationale", "") }},
			{"before the contact", "decided-day", "The decision must be on or after the time the contact was received, 2 March 2026 at 08:00",
				func(v url.Values) { momentForm(v, "decided", received.Add(-time.Minute)) }},
			{"in the future", "decided-day", "The date and time the decision was made must be now or in the past",
				func(v url.Values) { momentForm(v, "decided", received.Add(2*time.Hour)) }},
			{"no time", "decided-time", "Enter the time the decision was made", func(v url.Values) { v.Del("decided-time") }},
			{"no one decided", "decided_by", "Select who made the decision", func(v url.Values) { v.Del("decided_by") }},
			{"a decider not of the front door", "decided_by", "Select who made the decision", func(v url.Values) { v.Set("decided_by", itoa(w.workerB)) }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				v := decideForm(w)
				c.edit(v)
				res := fd.post(path, v)
				wantFieldError(t, res, c.field, c.message)
				if c.field != "rationale" && !strings.Contains(res.Body, "A bruise a child says his stepdad caused") {
					t.Error("the rationale typed is lost")
				}
			})
		}

		t.Run("someone else's change first", func(t *testing.T) {
			var c frontdoor.Contact
			if err := a.db.Get(context.Background(), hearth.System, w.contact, &c); err != nil {
				t.Fatal(err)
			}
			c.SourceDetail = "Hearthton Primary School"
			if err := a.db.Amend(context.Background(), hearth.System, &c, "Full name of the school"); err != nil {
				t.Fatal(err)
			}
			res := fd.post(path, decideForm(w))
			if res.StatusCode != http.StatusConflict || !strings.Contains(res.Body, "was changed by Hearth") ||
				!strings.Contains(res.Body, "A bruise a child says his stepdad caused") || !strings.Contains(res.Body, `name="version" value="1"`) {
				t.Fatalf("a stale decision: %d\n%.600s", res.StatusCode, res.Body)
			}
		})

		t.Run("decided", func(t *testing.T) {
			v := decideForm(w)
			v.Set("version", "2")
			res := fd.post(path, v)
			if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != contactPath(w.contact)+"/referral" {
				t.Fatalf("deciding: %d %s\n%.600s", res.StatusCode, res.Header.Get("Location"), res.Body)
			}
			var c frontdoor.Contact
			if err := a.db.Get(context.Background(), hearth.System, w.contact, &c); err != nil {
				t.Fatal(err)
			}
			if c.Decision != "referral" || c.ThresholdLevel != "level_3" || c.DecidedBy != w.mashWorker ||
				!c.DecidedAt.Equal(time.Date(2026, 3, 2, 8, 45, 0, 0, time.UTC)) || c.Version != 3 {
				t.Errorf("decided %+v", c)
			}
			if res := fd.get(path); res.StatusCode != http.StatusConflict {
				t.Errorf("deciding again: %d, want 409", res.StatusCode)
			}
		})
	})
}
