package calendar

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// date is midnight UTC on a civil date, the form every result of the package takes.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func iso(t time.Time) string { return t.Format("Mon 2006-01-02") }

// easter returns Easter Sunday of year y by the anonymous Gregorian algorithm (Meeus, Jones and
// Butcher). It is independent of the embedded data, so agreement checks Good Friday and Easter
// Monday in every year.
func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h - 7*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, time.Month(month), day)
}

func TestEasterAlgorithm(t *testing.T) {
	// Published Easter Sundays, to check the algorithm itself before trusting it to check the data.
	for y, want := range map[int]time.Time{
		2015: date(2015, 4, 5), 2016: date(2016, 3, 27), 2019: date(2019, 4, 21),
		2024: date(2024, 3, 31), 2025: date(2025, 4, 20), 2027: date(2027, 3, 28),
	} {
		if got := easter(y); !got.Equal(want) {
			t.Errorf("easter(%d) = %s, want %s", y, iso(got), iso(want))
		}
	}
}

// firstMonday and lastMonday return the first and last Monday of a month.
func firstMonday(y int, m time.Month) time.Time {
	d := date(y, m, 1)
	for d.Weekday() != time.Monday {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

func lastMonday(y int, m time.Month) time.Time {
	d := date(y, m+1, 0)
	for d.Weekday() != time.Monday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// ruleHolidays derives the England and Wales bank holidays of year y from the Banking and
// Financial Dealings Act 1971 rules and the royal proclamations that changed them, independently
// of the embedded data.
func ruleHolidays(y int) []Holiday {
	var hs []Holiday
	add := func(d time.Time, name string) { hs = append(hs, Holiday{d, name}) }

	switch ny := date(y, 1, 1); ny.Weekday() {
	case time.Saturday:
		add(date(y, 1, 3), "New Year's Day (substitute day)")
	case time.Sunday:
		add(date(y, 1, 2), "New Year's Day (substitute day)")
	default:
		add(ny, "New Year's Day")
	}

	e := easter(y)
	add(e.AddDate(0, 0, -2), "Good Friday")
	add(e.AddDate(0, 0, 1), "Easter Monday")

	switch y {
	case 2020: // moved to the Friday for the 75th anniversary of VE day
		add(date(2020, 5, 8), "Early May bank holiday (VE day)")
	default:
		add(firstMonday(y, time.May), "Early May bank holiday")
	}
	if y == 2023 {
		add(date(2023, 5, 8), "Coronation of King Charles III")
	}
	switch y {
	case 2022: // moved for the Platinum Jubilee, with an extra day after it
		add(date(2022, 6, 2), "Spring bank holiday")
		add(date(2022, 6, 3), "Platinum Jubilee bank holiday")
	default:
		add(lastMonday(y, time.May), "Spring bank holiday")
	}
	add(lastMonday(y, time.August), "Summer bank holiday")
	if y == 2022 {
		add(date(2022, 9, 19), "State Funeral of Queen Elizabeth II")
	}

	switch date(y, 12, 25).Weekday() {
	case time.Friday: // Boxing Day on Saturday
		add(date(y, 12, 25), "Christmas Day")
		add(date(y, 12, 28), "Boxing Day (substitute day)")
	case time.Saturday:
		add(date(y, 12, 27), "Christmas Day (substitute day)")
		add(date(y, 12, 28), "Boxing Day (substitute day)")
	case time.Sunday:
		add(date(y, 12, 26), "Boxing Day")
		add(date(y, 12, 27), "Christmas Day (substitute day)")
	default:
		add(date(y, 12, 25), "Christmas Day")
		add(date(y, 12, 26), "Boxing Day")
	}
	slices.SortFunc(hs, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return hs
}

func TestEnglandMatchesRules(t *testing.T) {
	c := England()
	if got := c.KnownThrough(); got != 2027 {
		t.Fatalf("KnownThrough() = %d, want 2027", got)
	}
	for y := 2015; y <= 2027; y++ {
		got, want := c.Holidays(y), ruleHolidays(y)
		if !slices.Equal(got, want) {
			t.Errorf("Holidays(%d):\n got  %v\n want %v", y, got, want)
		}
	}
	if c.Holidays(2014) != nil || c.Holidays(2028) != nil {
		t.Error("Holidays outside 2015..2027 should be nil")
	}
}

func TestEnglandHolidaysAreWeekdays(t *testing.T) {
	c := England()
	total := 0
	for y := 2015; y <= 2027; y++ {
		hs := c.Holidays(y)
		total += len(hs)
		for _, h := range hs {
			if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
				t.Errorf("%s %s falls on a weekend", iso(h.Date), h.Name)
			}
			if h.Date.Year() != y {
				t.Errorf("Holidays(%d) contains %s", y, iso(h.Date))
			}
		}
	}
	// 8 a year, plus 2022's Platinum Jubilee and State Funeral and 2023's Coronation.
	if want := 13*8 + 3; total != want {
		t.Errorf("%d holidays in 2015..2027, want %d", total, want)
	}
}

// TestEnglandNamedDates pins the dates most often got wrong, independently of the rules above.
func TestEnglandNamedDates(t *testing.T) {
	c := England()
	for _, d := range []time.Time{
		date(2015, 12, 28), date(2016, 12, 27), date(2017, 1, 2), date(2020, 12, 28),
		date(2021, 12, 27), date(2021, 12, 28), date(2022, 1, 3), date(2022, 12, 26),
		date(2022, 12, 27), date(2023, 1, 2), date(2026, 12, 28), date(2027, 12, 27),
		date(2027, 12, 28), date(2020, 5, 8), date(2022, 6, 2), date(2022, 6, 3),
		date(2022, 9, 19), date(2023, 5, 8), date(2025, 4, 18), date(2025, 4, 21),
	} {
		if ok, err := c.IsWorkingDay(d); err != nil || ok {
			t.Errorf("IsWorkingDay(%s) = %v, %v; want false (bank holiday)", iso(d), ok, err)
		}
	}
	for _, d := range []time.Time{
		date(2020, 5, 4),   // the Early May holiday that moved to 8 May
		date(2022, 5, 30),  // the Spring holiday that moved to 2 June
		date(2022, 12, 23), // a normal Friday before Christmas
		date(2023, 5, 9),
	} {
		if ok, err := c.IsWorkingDay(d); err != nil || !ok {
			t.Errorf("IsWorkingDay(%s) = %v, %v; want true", iso(d), ok, err)
		}
	}
}

func TestAddWorkingDaysExamples(t *testing.T) {
	c := England()
	tests := []struct {
		name string
		d    time.Time
		n    int
		want time.Time
	}{
		{"Thursday before Christmas 2022", date(2022, 12, 22), 1, date(2022, 12, 23)},
		{"Friday before Christmas 2022 skips 26 and 27 Dec", date(2022, 12, 23), 1, date(2022, 12, 28)},
		{"Thursday before Christmas 2022 + 2", date(2022, 12, 22), 2, date(2022, 12, 28)},
		{"State Funeral", date(2022, 9, 16), 1, date(2022, 9, 20)},
		{"Coronation", date(2023, 5, 5), 1, date(2023, 5, 9)},
		{"Platinum Jubilee", date(2022, 6, 1), 1, date(2022, 6, 6)},
		{"VE day 2020", date(2020, 5, 7), 1, date(2020, 5, 11)},
		{"not the old Early May date 2020", date(2020, 5, 1), 1, date(2020, 5, 4)},
		{"Friday + 1 is Monday", date(2025, 3, 7), 1, date(2025, 3, 10)},
		{"Saturday + 1 is Monday", date(2025, 3, 8), 1, date(2025, 3, 10)},
		{"Sunday + 1 is Monday", date(2025, 3, 9), 1, date(2025, 3, 10)},
		{"Easter 2025", date(2025, 4, 17), 1, date(2025, 4, 22)},
		{"Good Friday + 1", date(2025, 4, 18), 1, date(2025, 4, 22)},
		{"zero on a working day", date(2025, 3, 7), 0, date(2025, 3, 7)},
		{"zero on a Saturday", date(2025, 3, 8), 0, date(2025, 3, 8)},
		{"Monday - 1 is Friday", date(2025, 3, 10), -1, date(2025, 3, 7)},
		{"Saturday - 1 is Friday", date(2025, 3, 8), -1, date(2025, 3, 7)},
		{"Tuesday after Easter - 1", date(2025, 4, 22), -1, date(2025, 4, 17)},
		{"New Year 2028 boundary", date(2027, 12, 30), 1, date(2027, 12, 31)},
		{"first working day of range", date(2015, 1, 5), -1, date(2015, 1, 2)},
		// 23, 24, 27, 30, 31 Dec; 2, 3, 6, 7, 8, 9, 10, 13, 14, 15 Jan.
		{"15 days over Christmas 2024", date(2024, 12, 20), 15, date(2025, 1, 15)},
	}
	for _, tt := range tests {
		got, err := c.AddWorkingDays(tt.d, tt.n)
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("%s: AddWorkingDays(%s, %d) = %s (%v), %v; want %s UTC",
				tt.name, iso(tt.d), tt.n, iso(got), got.Location(), err, iso(tt.want))
		}
	}
}

// TestAssessment45WorkingDays checks the assessment deadline for a referral on Tuesday 1 April
// 2025, counted by hand. Day 1 is the first working day after the referral. Bank holidays in the
// span: Good Friday 18 April, Easter Monday 21 April, Early May 5 May, Spring 26 May.
//
//	Apr  2- 4 (Wed-Fri)             3   running  3
//	Apr  7-11                       5           8
//	Apr 14-17 (18 Good Friday)      4          12
//	Apr 22-25 (21 Easter Monday)    4          16
//	Apr 28-30                       3          19
//	May  1- 2 (Thu-Fri)             2          21
//	May  6- 9 (5 Early May)         4          25
//	May 12-16                       5          30
//	May 19-23                       5          35
//	May 27-30 (26 Spring)           4          39
//	Jun  2- 6                       5          44
//	Jun  9 (Mon)                    1          45
//
// So the assessment is due by Monday 9 June 2025.
func TestAssessment45WorkingDays(t *testing.T) {
	c := England()
	referral := date(2025, 4, 1)
	due, err := c.AddWorkingDays(referral, 45)
	if want := date(2025, 6, 9); err != nil || !due.Equal(want) {
		t.Fatalf("AddWorkingDays(%s, 45) = %s, %v; want %s", iso(referral), iso(due), err, iso(want))
	}
	if n, err := c.WorkingDaysBetween(referral, due); err != nil || n != 45 {
		t.Errorf("WorkingDaysBetween = %d, %v; want 45", n, err)
	}
	if n, err := c.WorkingDaysBetween(referral, date(2025, 5, 30)); err != nil || n != 39 {
		t.Errorf("WorkingDaysBetween to 30 May = %d, %v; want 39 (from the hand count)", n, err)
	}
	if n, err := c.WorkingDaysBetween(due, referral); err != nil || n != -45 {
		t.Errorf("WorkingDaysBetween reversed = %d, %v; want -45", n, err)
	}
}

func TestWorkingDaysPerYear(t *testing.T) {
	c := England()
	for y := 2015; y <= 2027; y++ {
		weekdays := 0
		for d := date(y, 1, 1); d.Year() == y; d = d.AddDate(0, 0, 1) {
			if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
				weekdays++
			}
		}
		want := weekdays - len(c.Holidays(y))
		// Working days after 1 January up to 31 December, plus 1 January itself if it is one.
		got, err := c.WorkingDaysBetween(date(y, 1, 1), date(y, 12, 31))
		if ok, _ := c.IsWorkingDay(date(y, 1, 1)); ok {
			got++
		}
		if err != nil || got != want {
			t.Errorf("%d: %d working days, %v; want %d", y, got, err, want)
		}
	}
}

func TestOutOfRange(t *testing.T) {
	c := England()
	check := func(what string, err error, year int, result bool, msg string) {
		t.Helper()
		var oe *OutOfRangeError
		if !errors.As(err, &oe) {
			t.Errorf("%s: error %v, want *OutOfRangeError", what, err)
			return
		}
		if oe.Year != year || oe.First != 2015 || oe.Last != 2027 || oe.Result != result {
			t.Errorf("%s: %+v, want Year %d Result %v", what, *oe, year, result)
		}
		if err.Error() != msg {
			t.Errorf("%s: message %q, want %q", what, err.Error(), msg)
		}
	}
	const after = "bank holidays are known only from 2015 to 2027; 2028 is outside that range"
	const before = "bank holidays are known only from 2015 to 2027; 2014 is outside that range"

	_, err := c.IsWorkingDay(date(2028, 1, 3))
	check("IsWorkingDay 2028", err, 2028, false, after)
	_, err = c.IsWorkingDay(date(2014, 12, 31))
	check("IsWorkingDay 2014", err, 2014, false, before)
	_, err = c.AddWorkingDays(date(2028, 1, 1), 0)
	check("AddWorkingDays from 2028", err, 2028, false, after)
	_, err = c.AddWorkingDays(date(2014, 12, 31), 5)
	check("AddWorkingDays from 2014", err, 2014, false, before)
	_, err = c.WorkingDaysBetween(date(2025, 1, 1), date(2028, 1, 1))
	check("WorkingDaysBetween to 2028", err, 2028, false, after)
	_, err = c.WorkingDaysBetween(date(2014, 1, 1), date(2025, 1, 1))
	check("WorkingDaysBetween from 2014", err, 2014, false, before)

	// Friday 31 December 2027 is the last known working day: one more would be a guess.
	_, err = c.AddWorkingDays(date(2027, 12, 31), 1)
	check("AddWorkingDays past 2027", err, 2028, true,
		"bank holidays are known only from 2015 to 2027; the result would fall in 2028 or later, outside that range")
	_, err = c.AddWorkingDays(date(2027, 11, 15), 45)
	check("45 days from November 2027", err, 2028, true,
		"bank holidays are known only from 2015 to 2027; the result would fall in 2028 or later, outside that range")
	// Friday 2 January 2015 is the first known working day.
	_, err = c.AddWorkingDays(date(2015, 1, 2), -1)
	check("AddWorkingDays before 2015", err, 2014, true,
		"bank holidays are known only from 2015 to 2027; the result would fall in 2014 or earlier, outside that range")
	for _, n := range []int{math.MaxInt, math.MinInt, 1 << 40, -(1 << 40)} {
		if _, err := c.AddWorkingDays(date(2020, 6, 1), n); !errors.As(err, new(*OutOfRangeError)) {
			t.Errorf("AddWorkingDays(…, %d): %v, want *OutOfRangeError", n, err)
		}
	}
	if got, err := c.AddWorkingDays(date(2015, 1, 2), 0); err != nil || !got.Equal(date(2015, 1, 2)) {
		t.Errorf("AddWorkingDays(2015-01-02, 0) = %s, %v", iso(got), err)
	}
}

func TestCivilDates(t *testing.T) {
	c := England()
	bst := time.FixedZone("BST", 3600)
	hawaii := time.FixedZone("HST", -10*3600)
	// 23:30 BST on Friday 16 September 2022 is 22:30 UTC the same day; 20:00 HST on Friday 16
	// September is 06:00 UTC on Saturday 17th. Both are read as Friday 16th, their own date.
	for _, d := range []time.Time{
		time.Date(2022, 9, 16, 23, 30, 0, 0, bst),
		time.Date(2022, 9, 16, 20, 0, 0, 0, hawaii),
		time.Date(2022, 9, 16, 0, 0, 0, 1, time.Local),
	} {
		got, err := c.AddWorkingDays(d, 1)
		if err != nil || !got.Equal(date(2022, 9, 20)) {
			t.Errorf("AddWorkingDays(%v, 1) = %v, %v; want 2022-09-20", d, got, err)
		}
		if n, err := c.WorkingDaysBetween(d, date(2022, 9, 20)); err != nil || n != 1 {
			t.Errorf("WorkingDaysBetween(%v, 20 Sep) = %d, %v; want 1", d, n, err)
		}
	}
	// A 2027 New Year's Eve evening in a zone ahead of UTC is still 2027, not 2028.
	if ok, err := c.IsWorkingDay(time.Date(2027, 12, 31, 23, 0, 0, 0, time.FixedZone("X", -5*3600))); err != nil || !ok {
		t.Errorf("IsWorkingDay(31 Dec 2027 23:00 -05:00) = %v, %v; want true", ok, err)
	}
}

func TestClosures(t *testing.T) {
	england := England()
	// An office closed from Monday 29 to Wednesday 31 December 2025.
	office := england.WithClosures(date(2025, 12, 29), time.Date(2025, 12, 30, 15, 0, 0, 0, time.Local),
		date(2025, 12, 31), date(2025, 12, 31), // duplicates are harmless
		date(2025, 12, 27), // a Saturday: no effect
		date(2025, 12, 25), // a bank holiday: no effect
		date(2030, 12, 30), // out of range: ignored
		date(2010, 12, 30)) // out of range: ignored
	got, err := office.AddWorkingDays(date(2025, 12, 24), 1)
	if want := date(2026, 1, 2); err != nil || !got.Equal(want) {
		t.Errorf("office: 24 Dec 2025 + 1 = %s, %v; want %s", iso(got), err, iso(want))
	}
	got, err = england.AddWorkingDays(date(2025, 12, 24), 1)
	if want := date(2025, 12, 29); err != nil || !got.Equal(want) {
		t.Errorf("England after WithClosures: 24 Dec 2025 + 1 = %s, %v; want %s (shared calendar changed)", iso(got), err, iso(want))
	}
	if ok, _ := office.IsWorkingDay(date(2025, 12, 30)); ok {
		t.Error("office: 30 Dec 2025 should not be a working day")
	}
	if ok, _ := England().IsWorkingDay(date(2025, 12, 30)); !ok {
		t.Error("England: 30 Dec 2025 should be a working day")
	}
	if n, _ := office.WorkingDaysBetween(date(2025, 12, 24), date(2026, 1, 2)); n != 1 {
		t.Errorf("office: WorkingDaysBetween(24 Dec, 2 Jan) = %d, want 1", n)
	}
	if n, _ := england.WorkingDaysBetween(date(2025, 12, 24), date(2026, 1, 2)); n != 4 {
		t.Errorf("England: WorkingDaysBetween(24 Dec, 2 Jan) = %d, want 4", n)
	}
	// Closures accumulate and are not holidays.
	both := office.WithClosures(date(2026, 1, 2))
	if got, _ := both.AddWorkingDays(date(2025, 12, 24), 1); !got.Equal(date(2026, 1, 5)) {
		t.Errorf("two sets of closures: 24 Dec 2025 + 1 = %s, want Mon 2026-01-05", iso(got))
	}
	if ok, _ := office.IsWorkingDay(date(2026, 1, 2)); !ok {
		t.Error("WithClosures changed the calendar it was called on")
	}
	if !slices.Equal(office.Holidays(2025), england.Holidays(2025)) {
		t.Error("closures should not appear in Holidays")
	}
	if office.KnownThrough() != 2027 {
		t.Error("closures changed KnownThrough")
	}
	checkAgainstNaive(t, both, []time.Time{date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31), date(2026, 1, 2)})
}

func TestHolidaysReturnsCopy(t *testing.T) {
	c := England()
	hs := c.Holidays(2025)
	hs[0].Name = "changed"
	if c.Holidays(2025)[0].Name != "New Year's Day" {
		t.Error("Holidays exposes the calendar's own slice")
	}
}

// naive answers the same questions as Calendar by stepping one day at a time, using only the
// holiday lists and weekdays, to check the precomputed tables.
type naive struct {
	closed map[time.Time]bool
}

func newNaive(c *Calendar, closures []time.Time) naive {
	n := naive{closed: map[time.Time]bool{}}
	for y := 2015; y <= c.KnownThrough(); y++ {
		for _, h := range c.Holidays(y) {
			n.closed[h.Date] = true
		}
	}
	for _, d := range closures {
		n.closed[d] = true
	}
	return n
}

var (
	rangeStart = date(2015, 1, 1)
	rangeEnd   = date(2027, 12, 31)
)

func (n naive) working(d time.Time) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday && !n.closed[d]
}

// add returns the result and whether it is in range.
func (n naive) add(d time.Time, k int) (time.Time, bool) {
	step := 1
	if k < 0 {
		step, k = -1, -k
	}
	for k > 0 {
		d = d.AddDate(0, 0, step)
		if d.Before(rangeStart) || d.After(rangeEnd) {
			return time.Time{}, false
		}
		if n.working(d) {
			k--
		}
	}
	return d, true
}

func (n naive) between(from, to time.Time) int {
	sign := 1
	if to.Before(from) {
		from, to, sign = to, from, -1
	}
	count := 0
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		if n.working(d) {
			count++
		}
	}
	return sign * count
}

var testOffsets = []int{0, 1, 2, 3, 5, 10, 15, 20, 45, 65, -1, -2, -5, -15, -45}

// checkAgainstNaive compares c with the naive stepping calculation on every day of the range.
func checkAgainstNaive(t *testing.T, c *Calendar, closures []time.Time) {
	t.Helper()
	nv := newNaive(c, closures)
	for d := rangeStart; !d.After(rangeEnd); d = d.AddDate(0, 0, 1) {
		ok, err := c.IsWorkingDay(d)
		if err != nil || ok != nv.working(d) {
			t.Fatalf("IsWorkingDay(%s) = %v, %v; naive %v", iso(d), ok, err, nv.working(d))
		}
		for _, n := range testOffsets {
			got, err := c.AddWorkingDays(d, n)
			want, inRange := nv.add(d, n)
			if !inRange {
				if !errors.As(err, new(*OutOfRangeError)) {
					t.Fatalf("AddWorkingDays(%s, %d) = %s, %v; want *OutOfRangeError", iso(d), n, iso(got), err)
				}
				continue
			}
			if err != nil || !got.Equal(want) {
				t.Fatalf("AddWorkingDays(%s, %d) = %s, %v; naive %s", iso(d), n, iso(got), err, iso(want))
			}
			checkInvariants(t, c, d, n, got)
		}
	}
	// WorkingDaysBetween over spans up to a year, from a sample of start days.
	for from := rangeStart; !from.After(rangeEnd); from = from.AddDate(0, 0, 37) {
		for _, span := range []int{0, 1, 6, 7, 30, 100, 365, -1, -7, -100} {
			to := from.AddDate(0, 0, span)
			if to.Before(rangeStart) || to.After(rangeEnd) {
				continue
			}
			got, err := c.WorkingDaysBetween(from, to)
			if want := nv.between(from, to); err != nil || got != want {
				t.Fatalf("WorkingDaysBetween(%s, %s) = %d, %v; naive %d", iso(from), iso(to), got, err, want)
			}
		}
	}
}

// checkInvariants checks what AddWorkingDays promises about a successful result r = d + n.
func checkInvariants(t testing.TB, c *Calendar, d time.Time, n int, r time.Time) {
	t.Helper()
	dWorking, _ := c.IsWorkingDay(d)
	rWorking, err := c.IsWorkingDay(r)
	if err != nil {
		t.Fatalf("result %s of AddWorkingDays(%s, %d) is out of range: %v", iso(r), iso(d), n, err)
	}
	between, err := c.WorkingDaysBetween(d, r)
	if err != nil {
		t.Fatal(err)
	}
	dc := date(d.Date())
	switch {
	case n == 0:
		if !r.Equal(dc) {
			t.Fatalf("AddWorkingDays(%s, 0) = %s", iso(d), iso(r))
		}
	case n > 0:
		if !rWorking || !r.After(dc) || between != n {
			t.Fatalf("AddWorkingDays(%s, %d) = %s: working %v, between %d", iso(d), n, iso(r), rWorking, between)
		}
	default:
		want := n // WorkingDaysBetween(d, r) == -WorkingDaysBetween(r, d) == n for working d
		if !dWorking {
			want = n + 1
		}
		if !rWorking || !r.Before(dc) || between != want {
			t.Fatalf("AddWorkingDays(%s, %d) = %s: working %v, between %d, want %d", iso(d), n, iso(r), rWorking, between, want)
		}
	}
	if r.Location() != time.UTC || r.Hour() != 0 || r.Minute() != 0 || r.Second() != 0 || r.Nanosecond() != 0 {
		t.Fatalf("result %v is not midnight UTC", r)
	}
}

// TestEveryDayAgainstNaive is the property test: on every day from 2015 to 2027, and for a range
// of offsets, the table lookups agree with counting day by day, results of n ≥ 1 are working days,
// and WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
func TestEveryDayAgainstNaive(t *testing.T) {
	checkAgainstNaive(t, England(), nil)
}

func TestRoundTripAllOffsets(t *testing.T) {
	c := England()
	// From one working day, every reachable n round-trips through WorkingDaysBetween.
	d := date(2021, 6, 15)
	for n := -1600; n <= 1700; n++ {
		r, err := c.AddWorkingDays(d, n)
		if err != nil {
			var oe *OutOfRangeError
			if !errors.As(err, &oe) || !oe.Result {
				t.Fatalf("AddWorkingDays(%s, %d): %v", iso(d), n, err)
			}
			continue
		}
		if got, _ := c.WorkingDaysBetween(d, r); got != n {
			t.Fatalf("WorkingDaysBetween(d, AddWorkingDays(d, %d)) = %d", n, got)
		}
	}
}

func TestNew(t *testing.T) {
	h := func(y int, m time.Month, d int, name string) Holiday { return Holiday{date(y, m, d), name} }
	c, err := New([]Holiday{h(2031, 12, 25, "Christmas Day"), h(2030, 1, 1, "New Year's Day")}, 2031)
	if err != nil {
		t.Fatal(err)
	}
	if c.KnownThrough() != 2031 {
		t.Errorf("KnownThrough() = %d", c.KnownThrough())
	}
	if got, err := c.AddWorkingDays(date(2031, 12, 24), 1); err != nil || !got.Equal(date(2031, 12, 26)) {
		t.Errorf("24 Dec 2031 + 1 = %s, %v; want Fri 2031-12-26", iso(got), err)
	}
	if _, err := c.IsWorkingDay(date(2029, 12, 31)); !errors.As(err, new(*OutOfRangeError)) {
		t.Errorf("a calendar starting in 2030 answered for 2029: %v", err)
	}
	if hs := c.Holidays(2030); len(hs) != 1 || hs[0].Name != "New Year's Day" {
		t.Errorf("Holidays(2030) = %v", hs)
	}

	for _, tt := range []struct {
		name     string
		holidays []Holiday
		through  int
		want     string
	}{
		{"empty", nil, 2030, "no holidays"},
		{"weekend", []Holiday{h(2030, 1, 5, "Saturday")}, 2030, "falls on a Saturday"},
		{"after range", []Holiday{h(2030, 1, 1, "a"), h(2031, 1, 1, "b")}, 2030, "after knownThrough"},
		{"duplicate", []Holiday{h(2030, 1, 1, "a"), h(2030, 1, 1, "b")}, 2030, "listed twice"},
		{"no name", []Holiday{h(2030, 1, 1, " ")}, 2030, "no name"},
		{"missing year", []Holiday{h(2030, 1, 1, "a"), h(2032, 1, 1, "b")}, 2032, "no holidays listed for 2031"},
		{"through before first", []Holiday{h(2030, 1, 1, "a")}, 2029, "before the first"},
		{"too long", []Holiday{h(2030, 1, 1, "a")}, 9999, "longer than"},
	} {
		if _, err := New(tt.holidays, tt.through); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: New error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestParseHolidays(t *testing.T) {
	hs, err := parseHolidays("# comment\n\n2022-09-19 State Funeral of Queen Elizabeth II\r\n  2023-05-08 Coronation  \n")
	want := []Holiday{
		{date(2022, 9, 19), "State Funeral of Queen Elizabeth II"},
		{date(2023, 5, 8), "Coronation"},
	}
	if err != nil || !slices.Equal(hs, want) {
		t.Errorf("parseHolidays = %v, %v; want %v", hs, err, want)
	}
	for _, bad := range []string{"2022-13-01 Nonsense", "22-09-19 Short year", "2022-09-19", "2022-09-19   "} {
		if _, err := parseHolidays("# x\n" + bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("parseHolidays(%q) error %v, want one naming line 2", bad, err)
		}
	}
}

func FuzzAddWorkingDays(f *testing.F) {
	f.Add(2022, 12, 23, 1)
	f.Add(2025, 4, 1, 45)
	f.Add(2027, 12, 31, 1)
	f.Add(2015, 1, 1, -1)
	f.Add(2028, 1, 1, 0)
	f.Add(2020, 2, 30, -300)
	f.Add(-5, 0, 0, math.MinInt)
	c := England()
	nv := newNaive(c, nil)
	f.Fuzz(func(t *testing.T, year, month, day, n int) {
		d := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
		r, err := c.AddWorkingDays(d, n)
		inRange := !d.Before(rangeStart) && !d.After(rangeEnd.Add(24*time.Hour-1))
		if err != nil {
			var oe *OutOfRangeError
			if !errors.As(err, &oe) {
				t.Fatalf("AddWorkingDays(%v, %d): unexpected error type %T: %v", d, n, err, err)
			}
			if inRange != oe.Result {
				t.Fatalf("AddWorkingDays(%v, %d): %v, but input in range is %v", d, n, err, inRange)
			}
			if inRange && n > 0 {
				// There really are fewer than n working days left in the range.
				left, err := c.WorkingDaysBetween(d, rangeEnd)
				if err != nil || left >= n {
					t.Fatalf("AddWorkingDays(%v, %d) out of range, but %d working days remain", d, n, left)
				}
			}
			if inRange && n > -200 && n < 200 {
				if _, ok := nv.add(date(d.Date()), n); ok {
					t.Fatalf("AddWorkingDays(%v, %d): %v, but the naive count stays in range", d, n, err)
				}
			}
			return
		}
		if !inRange {
			t.Fatalf("AddWorkingDays(%v, %d) = %v with no error for an input out of range", d, n, r)
		}
		checkInvariants(t, c, d, n, r)
		if n > -200 && n < 200 {
			if want, ok := nv.add(date(d.Date()), n); !ok || !want.Equal(r) {
				t.Fatalf("AddWorkingDays(%v, %d) = %s; naive %s (in range %v)", d, n, iso(r), iso(want), ok)
			}
		}
	})
}

var (
	sinkTime time.Time
	sinkInt  int
	sinkErr  error
)

func BenchmarkAddWorkingDays(b *testing.B) {
	c := England()
	days := make([]time.Time, 1024)
	for i := range days {
		days[i] = date(2016, 1, 1).AddDate(0, 0, i*4)
	}
	for i := 0; b.Loop(); i++ {
		sinkTime, sinkErr = c.AddWorkingDays(days[i&1023], 45)
	}
}

func BenchmarkWorkingDaysBetween(b *testing.B) {
	c := England()
	days := make([]time.Time, 1024)
	for i := range days {
		days[i] = date(2016, 1, 1).AddDate(0, 0, i*4)
	}
	for i := 0; b.Loop(); i++ {
		sinkInt, sinkErr = c.WorkingDaysBetween(days[i&1023], days[(i+100)&1023])
	}
}

func BenchmarkWithClosures(b *testing.B) {
	c := England()
	for b.Loop() {
		_ = c.WithClosures(date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31))
	}
}

// Example output is checked by go test, so these double as documentation that cannot go stale.
func ExampleCalendar_AddWorkingDays() {
	c := England()
	contact := time.Date(2022, time.September, 16, 16, 45, 0, 0, time.UTC) // Friday afternoon
	decision, _ := c.AddWorkingDays(contact, 1)
	fmt.Println("decide by", decision.Format("Monday 2 January 2006"))

	referral := time.Date(2025, time.April, 1, 0, 0, 0, 0, time.UTC)
	due, _ := c.AddWorkingDays(referral, 45)
	fmt.Println("assessment due", due.Format("Monday 2 January 2006"))

	_, err := c.AddWorkingDays(time.Date(2027, time.November, 15, 0, 0, 0, 0, time.UTC), 45)
	fmt.Println(err)
	// Output:
	// decide by Tuesday 20 September 2022
	// assessment due Monday 9 June 2025
	// bank holidays are known only from 2015 to 2027; the result would fall in 2028 or later, outside that range
}

func ExampleCalendar_WithClosures() {
	office := England().WithClosures(
		time.Date(2025, time.December, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2025, time.December, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2025, time.December, 31, 0, 0, 0, 0, time.UTC),
	)
	d := time.Date(2025, time.December, 24, 0, 0, 0, 0, time.UTC)
	a, _ := England().AddWorkingDays(d, 1)
	b, _ := office.AddWorkingDays(d, 1)
	fmt.Println(a.Format("Mon 2 Jan 2006"), b.Format("Mon 2 Jan 2006"))
	// Output: Mon 29 Dec 2025 Fri 2 Jan 2026
}
