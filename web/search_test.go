package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"hearth"
)

func TestSearch(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)
	b := a.signedIn(practitionerA)

	t.Run("a typo'd name finds the child, says why, and the search is audited", func(t *testing.T) {
		before := a.auditCount("search")
		res := b.get("/people?name=Jaden+Smyth")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		for _, want := range []string{`href="/children/` + itoa(w.jayden) + `">Jayden Smith</a>`, "surname", "forename", `value="Jaden Smyth"`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the results do not say %q", want)
			}
		}
		if a.auditCount("search") != before+1 {
			t.Error("the search was not audited")
		}
	})

	t.Run("a date of birth and an LA child ID find the child", func(t *testing.T) {
		res := b.get("/people?la_child_id=j100&dob-day=2&dob-month=1&dob-year=2015")
		if !strings.Contains(res.Body, "Jayden Smith") || !strings.Contains(res.Body, "Exact match") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})

	t.Run("a restricted person is listed without their name", func(t *testing.T) {
		res := b.get("/people?name=Hidden+Person")
		if !strings.Contains(res.Body, "Restricted record") || strings.Contains(res.Body, "Hidden Person</a>") || strings.Contains(res.Body, "R300") {
			t.Fatalf("%s", res.Body)
		}
	})

	t.Run("a wrong NHS number and an impossible date are errors that keep what was typed", func(t *testing.T) {
		before := a.auditCount("search")
		res := b.get("/people?name=Smith&nhs=943+476+5918&dob-day=31&dob-month=2&dob-year=2015")
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", res.StatusCode)
		}
		for _, want := range []string{"There is a problem", "check digit", "Date of birth must be a real date", `value="943 476 5918"`, `value="31"`, `href="#dob-day"`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
		if a.auditCount("search") != before {
			t.Error("a refused search was audited as run")
		}
	})

	t.Run("an adult known only as a relative is listed without a link to a child's record", func(t *testing.T) {
		p := &hearth.Person{Forename: "Gloria", Surname: "Smith", BirthDate: hearth.NewDate(1980, 4, 4)}
		if err := a.db.Insert(context.Background(), hearth.System, p); err != nil {
			t.Fatal(err)
		}
		res := b.get("/people?name=Gloria+Smith")
		if !strings.Contains(res.Body, "Gloria Smith") || strings.Contains(res.Body, `href="/children/`+itoa(p.ID)+`"`) {
			t.Fatalf("%s", res.Body)
		}
	})

	t.Run("an empty search asks for something to search for", func(t *testing.T) {
		res := b.get("/people?name=&nhs=")
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Enter a name, a date of birth") {
			t.Fatalf("%d", res.StatusCode)
		}
		if res := b.get("/people"); res.StatusCode != http.StatusOK || strings.Contains(res.Body, "There is a problem") {
			t.Fatalf("the blank form: %d", res.StatusCode)
		}
	})

	t.Run("results are paged, the next page carrying the search", func(t *testing.T) {
		for i := range 53 {
			a.addPerson(t, "Kai", "Lee", i)
		}
		res := b.get("/people?name=Lee")
		if !strings.Contains(res.Body, "Showing 1 to 50 of 53") || !strings.Contains(res.Body, `href="/people?name=Lee&amp;page=2"`) {
			t.Fatalf("%s", res.Body)
		}
		res = b.get("/people?name=Lee&page=2")
		if !strings.Contains(res.Body, "Showing 51 to 53 of 53") || !strings.Contains(res.Body, `rel="prev"`) || strings.Contains(res.Body, `rel="next"`) {
			t.Fatalf("%s", res.Body)
		}
	})

	t.Run("search is in the navigation", func(t *testing.T) {
		if !strings.Contains(b.get("/").Body, `href="/people"`) {
			t.Error("no Find a person in the navigation")
		}
	})
}

func TestSearchAddPerson(t *testing.T) {
	a := newApp(t)
	newRecordWorld(t, a)
	b := a.signedIn(practitionerA)
	count := func() int {
		var n int
		if err := a.db.SQL().QueryRow("SELECT COUNT(*) FROM person").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	form := url.Values{"forename": {"Jaiden"}, "surname": {"Smith"}, "dob-day": {"2"}, "dob-month": {"1"}, "dob-year": {"2015"},
		"sex": {"1"}, "gender": {"1"}, "ethnicity": {"WBRI"}}

	t.Run("the form is offered to practitioners and refused to read-only roles", func(t *testing.T) {
		if res := b.get("/people/new"); res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "White and Black Caribbean") {
			t.Fatalf("%d", res.StatusCode)
		}
		if res := a.signedIn(qualityUser).get("/people/new"); res.StatusCode != http.StatusForbidden {
			t.Fatalf("quality assurance: %d", res.StatusCode)
		}
	})

	t.Run("wrong details are each an error, with what was typed kept", func(t *testing.T) {
		bad := url.Values{"forename": {"Kim"}, "nhs": {"123"}, "dob-day": {"1"}, "dob-month": {"13"}, "dob-year": {"2015"}, "ethnicity": {"XXXX"}}
		res := b.post("/people/new", bad)
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", res.StatusCode)
		}
		for _, want := range []string{"There is a problem", "An NHS number has 10 digits; this has 3", "Date of birth must be a real date",
			"Select the person&#39;s ethnicity", `value="Kim"`, `value="123"`, `value="13"`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
	})

	t.Run("possible duplicates are shown before anyone is created", func(t *testing.T) {
		before := count()
		res := b.post("/people/new", form)
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, "People already recorded who may be this person") ||
			!strings.Contains(res.Body, "Jayden Smith") || !strings.Contains(res.Body, "None of these is the person") {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
		if count() != before {
			t.Fatal("a person was created before the duplicates were confirmed")
		}
		checked := between(res.Body, `name="checked" value="`, `"`)
		if checked == "" {
			t.Fatal("no record of the duplicates shown")
		}

		again := cloneValues(form)
		again.Set("checked", checked)
		res = b.post("/people/new", again)
		if !strings.Contains(res.Body, "confirm that none of these is the person") || count() != before {
			t.Fatalf("without the confirmation: %d, %d people", res.StatusCode, count())
		}

		again.Set("confirm", "none")
		res = b.post("/people/new", again)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/people/new?added=") {
			t.Fatalf("confirmed: %d %s\n%s", res.StatusCode, res.Header.Get("Location"), res.Body)
		}
		if count() != before+1 {
			t.Fatal("the confirmed person was not created")
		}
		if res := b.get(res.Header.Get("Location")); !strings.Contains(res.Body, "Jaiden Smith has been added to Hearth") {
			t.Fatalf("after adding: %s", res.Body)
		}
	})

	t.Run("a confirmation does not cover someone not shown", func(t *testing.T) {
		// The person just added now matches too: the old confirmation must not create a third.
		before := count()
		stale := cloneValues(form)
		stale.Set("confirm", "none")
		stale.Set("checked", "1")
		res := b.post("/people/new", stale)
		if res.StatusCode != http.StatusOK || count() != before || !strings.Contains(res.Body, "People already recorded") {
			t.Fatalf("%d, %d people", res.StatusCode, count())
		}
	})

	t.Run("what was typed before the session ended comes back, and goes once the person is added", func(t *testing.T) {
		id, _ := strconv.ParseInt(userID(t, a, practitionerA), 10, 64)
		draft, _ := json.Marshal(url.Values{"forename": {"Drafted"}, "surname": {"Kept"}, "confirm": {"none"}})
		if err := a.db.SaveDraft(context.Background(), id, "/people/new", string(draft)); err != nil {
			t.Fatal(err)
		}
		res := b.get("/people/new")
		if !strings.Contains(res.Body, `value="Drafted"`) || !strings.Contains(res.Body, `value="Kept"`) {
			t.Fatalf("the draft was not restored\n%s", res.Body)
		}
		b.post("/people/new", url.Values{"forename": {"Drafted"}, "surname": {"Kept"}, "dob-day": {"3"}, "dob-month": {"3"}, "dob-year": {"2020"}})
		if res := b.get("/people/new"); strings.Contains(res.Body, `value="Drafted"`) {
			t.Error("the draft outlived the saved form")
		}
	})

	t.Run("an LA child ID another person has is shown as theirs, and refused after confirming", func(t *testing.T) {
		before := count()
		taken := url.Values{"forename": {"Nobody"}, "surname": {"Alike"}, "dob-day": {"9"}, "dob-month": {"9"}, "dob-year": {"2019"}, "la_child_id": {"j100"}}
		res := b.post("/people/new", taken)
		if !strings.Contains(res.Body, "Jayden Smith") || !strings.Contains(res.Body, "LA child ID") {
			t.Fatalf("the holder of the LA child ID was not shown: %d", res.StatusCode)
		}
		taken.Set("checked", between(res.Body, `name="checked" value="`, `"`))
		taken.Set("confirm", "none")
		res = b.post("/people/new", taken)
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "Another person already has this LA child ID") || count() != before {
			t.Fatalf("%d, %d people\n%s", res.StatusCode, count(), res.Body)
		}
	})

	t.Run("a person with no likely duplicate is created at once", func(t *testing.T) {
		before := count()
		res := b.post("/people/new", url.Values{"forename": {"Zebedee"}, "surname": {"Quartermaine"}, "expected-day": {"1"},
			"expected-month": {"6"}, "expected-year": {"2026"}, "nhs": {"943 476 5919"}})
		if res.StatusCode != http.StatusSeeOther || count() != before+1 {
			t.Fatalf("%d\n%s", res.StatusCode, res.Body)
		}
	})
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// between returns the text of s between the first start and the next end after it.
func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, end)
	return v
}
