package hearth

import (
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	d := NewDate(2024, time.February, 29)
	if d.String() != "2024-02-29" || d.UK() != "29/02/2024" || d.IsZero() {
		t.Fatalf("got %s / %s", d, d.UK())
	}
	if got := d.AddMonths(12); got != NewDate(2025, time.February, 28) {
		t.Errorf("29 Feb 2024 + 12 months = %s, want 2025-02-28", got)
	}
	if got := NewDate(2025, time.August, 31).AddMonths(6); got != NewDate(2026, time.February, 28) {
		t.Errorf("31 Aug 2025 + 6 months = %s", got)
	}
	if got := NewDate(2025, time.March, 31).AddDays(1); got != NewDate(2025, time.April, 1) {
		t.Errorf("AddDays = %s", got)
	}
	if n := NewDate(2025, time.April, 1).DaysSince(NewDate(2025, time.March, 1)); n != 31 {
		t.Errorf("DaysSince = %d", n)
	}
	if a := NewDate(2008, time.February, 29).AgeOn(NewDate(2026, time.February, 28)); a != 17 {
		t.Errorf("age of a leapling on 28 Feb = %d, want 17", a)
	}
	if a := NewDate(2008, time.February, 29).AgeOn(NewDate(2026, time.March, 1)); a != 18 {
		t.Errorf("age of a leapling on 1 Mar = %d, want 18", a)
	}
	if NewDate(1900, time.January, 1).IsZero() {
		t.Error("1 January 1900 must not be the zero Date")
	}
	if (Date{}).String() != "" || !(Date{}).Time().IsZero() {
		t.Error("zero Date must print empty")
	}
}

func TestDateOfKeepsTheCivilDay(t *testing.T) {
	// 00:30 on 1 April in British Summer Time is still 31 March in UTC: the civil date is the local one.
	bst := time.FixedZone("BST", 3600)
	if got := DateOf(time.Date(2025, 4, 1, 0, 30, 0, 0, bst)); got != NewDate(2025, time.April, 1) {
		t.Fatalf("DateOf = %s", got)
	}
}

func TestParseDate(t *testing.T) {
	for _, bad := range []string{"", "2025-02-30", "31/03/2025", "2025-3-1", "tomorrow"} {
		if _, err := ParseDate(bad); ErrorCode(err) != EINVALID {
			t.Errorf("ParseDate(%q) error = %v, want invalid", bad, err)
		}
	}
	if d, err := ParseUKDate("31/03/2025"); err != nil || d != NewDate(2025, time.March, 31) {
		t.Errorf("ParseUKDate = %s, %v", d, err)
	}
}

func TestDateScan(t *testing.T) {
	want := NewDate(2019, time.June, 3)
	for _, src := range []any{"2019-06-03", []byte("2019-06-03"), "2019-06-03T00:00:00Z", time.Date(2019, 6, 3, 0, 0, 0, 0, time.UTC)} {
		var d Date
		if err := d.Scan(src); err != nil || d != want {
			t.Errorf("Scan(%v) = %s, %v", src, d, err)
		}
	}
	var d Date
	if err := d.Scan(nil); err != nil || !d.IsZero() {
		t.Errorf("Scan(nil) = %s, %v", d, err)
	}
	if v, _ := (Date{}).Value(); v != nil {
		t.Errorf("zero Date stores %v, want NULL", v)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-03-31", "31/03/2025", "0000-00-00", "9999-12-31", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func(string) (Date, error){ParseDate, ParseUKDate} {
			d, err := parse(s)
			if err != nil {
				if ErrorCode(err) != EINVALID {
					t.Fatalf("error %v has code %s", err, ErrorCode(err))
				}
				continue
			}
			again, err := ParseDate(d.String())
			if err != nil || again != d {
				t.Fatalf("%q parsed to %s, which re-parses to %s, %v", s, d, again, err)
			}
		}
	})
}
