package web

import (
	"net/url"
	"testing"

	"hearth"
)

func TestDateInput(t *testing.T) {
	cases := []struct {
		day, month, year string
		want             hearth.Date
		msg              string
	}{
		{"", "", "", hearth.Date{}, ""},
		{"2", "3", "2025", hearth.NewDate(2025, 3, 2), ""},
		{" 02 ", "03", "2025", hearth.NewDate(2025, 3, 2), ""},
		{"30", "2", "2025", hearth.Date{}, "From must be a real date"},
		{"1", "", "2025", hearth.Date{}, "From must include a month"},
		{"", "", "2025", hearth.Date{}, "From must include a day and a month"},
		{"1", "1", "25", hearth.Date{}, "From must include a year with 4 numbers"},
		{"x", "1", "2025", hearth.Date{}, "From must be a real date"},
	}
	for _, c := range cases {
		v := url.Values{"from-day": {c.day}, "from-month": {c.month}, "from-year": {c.year}}
		got, msg := dateInput(v, "from", "From")
		if got != c.want || msg != c.msg {
			t.Errorf("%q/%q/%q: got %v %q, want %v %q", c.day, c.month, c.year, got, msg, c.want, c.msg)
		}
	}
}

func FuzzDateInput(f *testing.F) {
	f.Add("31", "12", "2024")
	f.Add("0", "13", "-1")
	f.Fuzz(func(t *testing.T, d, m, y string) {
		got, msg := dateInput(url.Values{"x-day": {d}, "x-month": {m}, "x-year": {y}}, "x", "X")
		if msg != "" && !got.IsZero() {
			t.Fatalf("a date with an error: %v %q", got, msg)
		}
		if msg == "" && !got.IsZero() {
			back := url.Values{}
			dateInputValues(back, "x", got)
			if again, msg := dateInput(back, "x", "X"); again != got || msg != "" {
				t.Fatalf("%v did not round trip: %v %q", got, again, msg)
			}
		}
	})
}

func TestChildPageOf(t *testing.T) {
	for next, want := range map[string]bool{
		"/children/1": true, "/children/1/chronology?kind=visit": true, "/children/12": false,
		"/children/1/../../admin/users": false, "//evil.example/children/1": false, "https://evil.example/children/1": false,
		"": false,
	} {
		if got := childPageOf(next, "/children/1"); got != want {
			t.Errorf("%q: %v, want %v", next, got, want)
		}
	}
}
