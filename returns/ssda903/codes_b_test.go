package ssda903

import (
	"testing"

	"hearth"
)

// TestBirthdayMatchesAddMonths checks the day-counting birthday against the calendar's own month
// arithmetic over every day of 1996 to 2004 (two leap days among them) and ages 0 to 25.
func TestBirthdayMatchesAddMonths(t *testing.T) {
	for d := hearth.NewDate(1996, 1, 1); d.Before(hearth.NewDate(2005, 1, 1)); d = d.AddDays(1) {
		for age := 0; age <= 25; age++ {
			if got, want := birthday(d, age), d.AddMonths(12*age); got != want {
				t.Fatalf("birthday(%s, %d) = %s, want %s", d, age, got, want)
			}
		}
	}
	if !birthday(hearth.Date{}, 18).IsZero() {
		t.Error("the birthday of an unknown date of birth is not zero")
	}
}

func TestIsTemporary(t *testing.T) {
	for _, p := range temporaryPlacements {
		if !isTemporary(p) {
			t.Errorf("%s is not temporary", p)
		}
	}
	for _, p := range []string{"", "T", "T5", "U1", "t1", "T10"} {
		if isTemporary(p) {
			t.Errorf("%q is temporary", p)
		}
	}
}
