package web

import (
	"net/url"
	"testing"
	"time"

	"hearth"
	"hearth/protection"
)

// FuzzProtectionFields checks that no typing makes the readers of the protection pathway's forms panic,
// and that what they accept keeps their promises: a date or moment accepted is not in the future, a
// yes or no is yes or no, and codes accepted are codes of their list, each once.
func FuzzProtectionFields(f *testing.F) {
	f.Add("2", "3", "2026", "09:30", "yes", "3A", "21", "cin_plan")
	f.Add("31", "2", "2026", "25:61", "maybe", "18A", "3A", "")
	f.Add("", "", "", "", "", "", "", "")
	f.Add("1", "1", "20261", "9.15", "no", "3A", "3A", "s47")
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	today := hearth.DateOf(now)
	f.Fuzz(func(t *testing.T, d, m, y, hm, yn, c1, c2, outcome string) {
		form := NewForm(url.Values{"held-day": {d}, "held-month": {m}, "held-year": {y}, "held-time": {hm}, "seen": {yn},
			"factors": {c1, c2}, "outcome": {outcome}})
		at := momentOn(form, "held", "The date", today, now)
		if form.Error("held-day") == "" && form.Error("held-time") == "" {
			if at.IsZero() || at.After(now) {
				t.Fatalf("accepted the moment %v (now is %v)", at, now)
			}
		}
		if day := pastDate(form, "held", "The date", false, today); day.After(today) && form.Error("held-day") == "" {
			t.Fatalf("accepted the future date %s", day)
		}
		before := len(form.Errors)
		seen := yesNoValue(form, "seen", "Select yes or no", true)
		if (seen == nil) != (len(form.Errors) > before) {
			t.Fatalf("yes or no %q read as %v with errors %v", yn, seen, form.Errors[before:])
		}
		before = len(form.Errors)
		codes := codesValue(form, "factors", protection.AssessmentFactors, "Select the factors", true)
		if len(form.Errors) == before {
			seenCode := map[string]bool{}
			for _, c := range codes {
				if !protection.AssessmentFactors.Has(c) || seenCode[c] {
					t.Fatalf("accepted the factors %v", codes)
				}
				seenCode[c] = true
			}
		}
		if o := codeValue(form, "outcome", protection.AssessmentOutcomes, "Select the outcome", false); o != "" && !protection.AssessmentOutcomes.Has(o) {
			t.Fatalf("accepted the outcome %q", o)
		}
	})
}
