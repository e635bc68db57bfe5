package web

import (
	"net/url"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store"
)

// FuzzArrangementForms checks that no typing makes the readers of the private fostering and homelessness
// forms panic, and that a form they accept without an error gives a row its own rules accept, with its
// dates on or before today: what reaches the store has been checked at the fields.
func FuzzArrangementForms(f *testing.F) {
	f.Add("16", "2", "2026", "18", "yes", "housing", "s20", "no")
	f.Add("31", "2", "2026", "", "", "children", "declined", "")
	f.Add("1", "13", "99999", "x", "maybe", "", "zz", "yes")
	f.Add("", "", "", "", "", "", "", "")
	f.Fuzz(func(t *testing.T, day, month, year, laterDay, yesNo, to, outcome, advocacy string) {
		rec, err := store.NewChildRecord(hearth.Person{Forename: "Kai", BirthDate: hearth.NewDate(2009, 11, 20)})
		if err != nil {
			t.Fatal(err)
		}
		today := hearth.NewDate(2026, 3, 2)
		v := &protectionView{rec: rec, today: today}
		values := url.Values{"notified-day": {day}, "notified-month": {month}, "notified-year": {year}, "carer": {"Grace"},
			"first-visit-day": {laterDay}, "first-visit-month": {month}, "first-visit-year": {year}, "seen-alone": {yesNo},
			"presented-day": {day}, "presented-month": {month}, "presented-year": {year}, "presented-to": {to},
			"assessed-day": {laterDay}, "assessed-month": {month}, "assessed-year": {year}, "joint-housing": {yesNo},
			"outcome": {outcome}, "advocacy": {advocacy}, "ended-day": {laterDay}, "ended-month": {month}, "ended-year": {year}, "end-reason": {outcome}}
		form := NewForm(values)
		pf := care.PrivateFostering{PersonID: 1}
		readPrivateFostering(form, v, &pf, true)
		if form.Valid() {
			if err := pf.Validate(); err != nil {
				t.Fatalf("accepted %+v, which its rules refuse: %v", pf, err)
			}
			if pf.NotifiedDate.After(today) || pf.InitialVisitDate.After(today) || pf.EndDate.After(today) {
				t.Fatalf("accepted a date in the future: %+v", pf)
			}
		}
		form = NewForm(values)
		h := care.HomelessAssessment{PersonID: 1}
		readHomeless(form, v, &h)
		if form.Valid() {
			if err := h.Validate(); err != nil {
				t.Fatalf("accepted %+v, which its rules refuse: %v", h, err)
			}
			if age := hearth.NewDate(2009, 11, 20).AgeOn(h.PresentedDate); age < 16 || age > 17 {
				t.Fatalf("accepted presenting as homeless at %d", age)
			}
		}
	})
}
