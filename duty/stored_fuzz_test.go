package duty

import (
	"testing"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/store"
)

// FuzzApply feeds stored settings as an administrator (or someone editing the database) might write them:
// any duty name, amount and unit. Applying one must never panic, and whatever it accepts must leave every
// national timescale no looser than its default, checked on a spread of start days.
func FuzzApply(f *testing.F) {
	f.Add("icpc", 10, "working_days")
	f.Add("icpc", 16, "working_days")
	f.Add("core-group", 4, "weeks")
	f.Add("first-review-conference", 13, "weeks")
	f.Add("mash-check-red", 2, "hours")
	f.Add("due-soon", 5, "working_days")
	f.Add("assessment", 0, "")
	f.Add("", -3, "fortnights")
	cal := calendar.England()
	f.Fuzz(func(t *testing.T, id string, amount int, unit string) {
		s := Defaults()
		_ = s.Apply(store.DutySetting{Duty: id, Amount: amount, Unit: unit})
		if n := s.DueSoon(); n < 1 || n > 20 {
			t.Fatalf("due soon %d", n)
		}
		for _, def := range defaults {
			got := s.Get(def.ID)
			if got.Amount < 1 || got.Unit.Code() == "" {
				t.Fatalf("%s became %+v", def.ID, got)
			}
			if !def.Regulation {
				continue
			}
			for start := hearth.NewDate(2016, time.January, 1); start.Before(hearth.NewDate(2026, time.January, 1)); start = start.AddDays(97) {
				a, errA := got.DueFrom(cal, start)
				b, errB := def.DueFrom(cal, start)
				if errB == nil && (errA != nil || a.After(b)) {
					t.Fatalf("%s set to %s is due %s from %s, later than the national %s", def.ID, got.Timescale(), a, start, b)
				}
			}
		}
	})
}
