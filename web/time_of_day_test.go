package web

import (
	"fmt"
	"net/url"
	"testing"
	"time"
)

// TestParseTimeOfDay checks the times people type and the ones that are not times.
func TestParseTimeOfDay(t *testing.T) {
	good := map[string][2]int{
		"9:30": {9, 30}, "09:30": {9, 30}, "9.30": {9, 30}, "14:05": {14, 5}, "0930": {9, 30}, "930": {9, 30},
		"9": {9, 0}, "23:59": {23, 59}, "0:00": {0, 0}, "9:30am": {9, 30}, "2.15 pm": {14, 15}, "12pm": {12, 0},
		"12am": {0, 0}, "12:30 a.m.": {0, 30}, " 7 PM ": {19, 0}, "1159": {11, 59},
	}
	for in, want := range good {
		h, m, ok := parseTimeOfDay(in)
		if !ok || h != want[0] || m != want[1] {
			t.Errorf("%q: %d:%02d %v, want %d:%02d", in, h, m, ok, want[0], want[1])
		}
	}
	for _, in := range []string{"", "24:00", "9:60", "9:5", "13pm", "0am", "noon", "9:30:00", "12345", "-1:00", "9:3o", "+9", "١٢:٣٠", ":30", "9:"} {
		if h, m, ok := parseTimeOfDay(in); ok {
			t.Errorf("%q parsed as %d:%02d, want refused", in, h, m)
		}
	}
}

// FuzzParseTimeOfDay checks, for any input, that the reader does not panic, that what it accepts is a
// real time of day, and that the time written back ("15:04") reads as the same time.
func FuzzParseTimeOfDay(f *testing.F) {
	for _, s := range []string{"9:30", "14:05", "0930", "12am", "2.15 pm", "24:00", "", "\xff", "99", "1:1", "12:30 a.m."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		h, m, ok := parseTimeOfDay(in)
		if !ok {
			if h != 0 || m != 0 {
				t.Fatalf("%q refused but returned %d:%d", in, h, m)
			}
			return
		}
		if h < 0 || h > 23 || m < 0 || m > 59 {
			t.Fatalf("%q gave %d:%d, not a time of day", in, h, m)
		}
		s := fmt.Sprintf("%02d:%02d", h, m)
		if h2, m2, ok := parseTimeOfDay(s); !ok || h2 != h || m2 != m {
			t.Fatalf("%q gave %s, which reads as %d:%d %v", in, s, h2, m2, ok)
		}
	})
}

// TestMomentInput checks a date and time read together: the time in England (British Summer Time
// included), each problem at its box, and a moment in the future refused.
func TestMomentInput(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	f := NewForm(url.Values{"at-day": {"1"}, "at-month": {"6"}, "at-year": {"2026"}, "at-time": {"9:15"}})
	got := momentInput(f, "at", "the contact was received", now, true)
	if !f.Valid() || !got.Equal(time.Date(2026, 6, 1, 8, 15, 0, 0, time.UTC)) {
		t.Errorf("9:15 on 1 June 2026 in England: %v %v", got, f.Errors)
	}
	f = NewForm(url.Values{"at-day": {"1"}, "at-month": {"6"}, "at-year": {"2026"}, "at-time": {"13:01"}})
	if momentInput(f, "at", "the contact was received", now, true); f.Error("at-day") != "The date and time the contact was received must be now or in the past" {
		t.Errorf("a moment in the future: %v", f.Errors)
	}
	f = NewForm(url.Values{"at-day": {"31"}, "at-month": {"2"}, "at-year": {"2026"}, "at-time": {"25:00"}})
	momentInput(f, "at", "the contact was received", now, true)
	if f.Error("at-day") != "The date the contact was received must be a real date" || f.Error("at-time") == "" {
		t.Errorf("a bad date and time: %v", f.Errors)
	}
	f = NewForm(url.Values{})
	momentInput(f, "at", "the contact was received", now, true)
	if f.Error("at-day") != "Enter the date the contact was received" || f.Error("at-time") != "Enter the time the contact was received" {
		t.Errorf("nothing typed: %v", f.Errors)
	}
}
