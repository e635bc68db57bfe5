package web_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestChronology(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)
	b := a.signedIn(practitionerA)
	path := childPath(w.jayden, "/chronology")

	t.Run("every event in date order, the one recorded in error struck through with its reason", func(t *testing.T) {
		before := a.auditCount("read")
		res := b.get(path)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d\n%s", res.StatusCode, res.Body)
		}
		_, timeline, _ := strings.Cut(res.Body, `class="moj-timeline"`)
		contact, referral, allocation := strings.Index(timeline, "<del>Contact"), strings.Index(timeline, "Referral"), strings.Index(timeline, "Allocat")
		if contact < 0 || referral < 0 || allocation < 0 {
			t.Fatalf("missing events (contact %d, referral %d, allocation %d)\n%s", contact, referral, allocation, res.Body)
		}
		if !(contact < referral && referral < allocation) {
			t.Errorf("events out of date order: contact %d, referral %d, allocation %d", contact, referral, allocation)
		}
		for _, want := range []string{"Recorded in error", "Recorded on the wrong child", "moj-timeline", "print", `aria-current="page">Chronology`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the chronology does not say %q", want)
			}
		}
		if a.auditCount("read") <= before {
			t.Error("reading the chronology was not audited")
		}
	})

	t.Run("the filter keeps the kinds and dates asked for", func(t *testing.T) {
		res := b.get(path + "?kind=allocation")
		if !strings.Contains(res.Body, "Showing Allocations, from the first to the latest") {
			t.Error("the printed copy does not say what the filter kept")
		}
		_, timeline, _ := strings.Cut(res.Body, `class="moj-timeline"`)
		if !strings.Contains(timeline, "Allocat") || strings.Contains(res.Body, "Referral received") || strings.Contains(res.Body, "<del>Contact") {
			t.Fatalf("by kind:\n%s", res.Body)
		}
		if !strings.Contains(res.Body, `value="allocation" checked`) || !strings.Contains(res.Body, "Showing 1 of") {
			t.Error("the filter does not show what it kept")
		}
		res = b.get(path + "?from-day=20&from-month=5&from-year=2025&to-day=20&to-month=5&to-year=2025")
		_, timeline, _ = strings.Cut(res.Body, `class="moj-timeline"`)
		if !strings.Contains(timeline, "Referral") || strings.Contains(timeline, "<del>Contact") || strings.Contains(timeline, "Allocat") {
			t.Fatalf("by date:\n%s", res.Body)
		}
	})

	t.Run("an impossible date is refused with the error summary and what was typed kept", func(t *testing.T) {
		res := b.get(path + "?from-day=30&from-month=2&from-year=2025")
		if res.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", res.StatusCode)
		}
		for _, want := range []string{"There is a problem", "The from date must be a real date", `href="#from-day"`, `id="from-day" name="from-day" type="text" inputmode="numeric" value="30"`} {
			if !strings.Contains(res.Body, want) {
				t.Errorf("the page does not say %q", want)
			}
		}
		if strings.Contains(res.Body, "moj-timeline__item") {
			t.Error("events were shown for a filter that could not be applied")
		}
		res = b.get(path + "?from-day=1&from-month=6&from-year=2025&to-day=1&to-month=1&to-year=2025")
		if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(res.Body, "same as or after the from date") {
			t.Errorf("a range that ends before it starts: %d", res.StatusCode)
		}
	})

	t.Run("another team's chronology is refused", func(t *testing.T) {
		if res := b.get(childPath(w.otherB, "/chronology")); res.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d", res.StatusCode)
		}
	})

	t.Run("a restricted chronology asks for a reason first", func(t *testing.T) {
		res := b.get(childPath(w.restricted, "/chronology?kind=referral"))
		if !strings.Contains(res.Body, "This record is restricted") || !strings.Contains(res.Body, `name="next" value="/children/`+itoa(w.restricted)+`/chronology?kind=referral"`) {
			t.Fatalf("%s", res.Body)
		}
	})
}
