package web

import (
	"net/url"
	"testing"

	"hearth"
	"hearth/frontdoor"
)

// FuzzReadPerson checks that no typing makes the add-a-person form panic, and that a form it accepts
// describes a person whose codes and identifiers are valid, so nothing the DfE would reject is stored.
func FuzzReadPerson(f *testing.F) {
	f.Add("Jayden", "Smith", "2", "1", "2015", "1", "1", "WBRI", "943 476 5919")
	f.Add("", "", "", "", "", "3", "7", "ZZZZ", "12")
	f.Fuzz(func(t *testing.T, fore, sur, d, m, y, sex, gender, eth, nhs string) {
		form := NewForm(url.Values{"forename": {fore}, "surname": {sur}, "dob-day": {d}, "dob-month": {m}, "dob-year": {y},
			"sex": {sex}, "gender": {gender}, "ethnicity": {eth}, "nhs": {nhs}})
		p, ok := readPerson(form, hearth.NewDate(2026, 3, 2))
		if ok != form.Valid() {
			t.Fatalf("ok %v with errors %v", ok, form.Errors)
		}
		if !ok {
			return
		}
		if p.BirthDate.IsZero() && p.ExpectedBirthDate.IsZero() {
			t.Fatal("accepted without a date of birth")
		}
		if (p.Sex != "" && !frontdoor.Sexes.Has(p.Sex)) || (p.Gender != "" && !frontdoor.Genders.Has(p.Gender)) ||
			(p.Ethnicity != "" && !frontdoor.Ethnicities.Has(p.Ethnicity)) {
			t.Fatalf("accepted a code outside its list: %+v", p)
		}
		if nhs != "" && p.NHSNumber.IsZero() {
			t.Fatal("accepted an NHS number it did not parse")
		}
	})
}
