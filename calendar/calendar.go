// Package calendar counts working days for the statutory timescales of children's social care in
// England.
//
// Statutory guidance sets its clocks in working days, not calendar days: a decision on a contact
// is due within one working day, and an assessment within 45 working days of
// the referral. A working day is Monday to Friday, excluding the bank holidays of England and
// Wales. Getting one bank holiday wrong moves every deadline that spans it, so the holidays are
// embedded data checked by tests, never computed at run time, and any date outside the years the
// data covers is an error instead of a guess.
//
// # Civil dates
//
// Every function treats a time.Time as a civil date: only its year, month and day, as they read
// in the value's own location, are used; the clock time and the location are otherwise ignored.
// A deadline is a day, not an instant, and a record's date must not move because a server runs
// in UTC while the office is on British Summer Time. Dates returned by the package are midnight
// UTC on the civil date, so they compare equal to time.Date(y, m, d, 0, 0, 0, 0, time.UTC).
//
// # Counting
//
// AddWorkingDays(d, n) with n ≥ 1 is the n-th working day after d. Day d itself never counts,
// whether or not it is a working day, so a contact received on a Saturday and due within one
// working day is due on the Monday (or the next working day after it). WorkingDaysBetween is its
// inverse: the number of working days after one date up to and including another.
package calendar

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// englandKnownThrough is the last year covered by the embedded England and Wales data. It is a
// constant beside the data, rather than the year of the last line, so that a missing final year
// is caught by New (which requires holidays in every year of the range) instead of silently
// shortening the range.
const englandKnownThrough = 2027

// englandData is the list of England and Wales bank holidays. It is embedded so that the binary
// carries the exact data its tests checked, with no file to deploy or fetch at run time.
//
//go:embed england-and-wales-bank-holidays.txt
var englandData string

// maxYears bounds the range New accepts, so that a typing error in a year cannot make New
// allocate tables for thousands of years.
const maxYears = 200

// Holiday is one bank holiday: a day that is not a working day although it is a weekday.
type Holiday struct {
	// Date is midnight UTC on the civil date of the holiday.
	Date time.Time
	// Name is the name of the holiday as published, for example "Boxing Day (substitute day)".
	Name string
}

// OutOfRangeError reports a date, or the result of a calculation, outside the years whose bank
// holidays are known. It exists so that callers can tell "the calendar cannot answer yet" (which
// needs new data, not a retry or a guess) from other failures, using errors.As.
type OutOfRangeError struct {
	// Year is the year of the date that fell outside the range. When Result is true the exact
	// date cannot be known, and Year is the nearest year outside the range: the true date is in
	// that year or further from the range.
	Year int
	// First and Last are the first and last years whose holidays are known.
	First, Last int
	// Result is true when the input was in range but the date calculated from it was not.
	Result bool
}

// Error says which years are known and which year was asked for, so that the message alone is
// enough for someone to see that the bank holiday data needs extending.
func (e *OutOfRangeError) Error() string {
	if e.Result {
		direction := "or later"
		if e.Year < e.First {
			direction = "or earlier"
		}
		return fmt.Sprintf("bank holidays are known only from %d to %d; the result would fall in %d %s, outside that range",
			e.First, e.Last, e.Year, direction)
	}
	return fmt.Sprintf("bank holidays are known only from %d to %d; %d is outside that range",
		e.First, e.Last, e.Year)
}

// Calendar answers working-day questions for a fixed range of years. A Calendar is immutable
// once built, so one value (such as the one England returns) can be shared by every goroutine;
// WithClosures makes a new Calendar instead of changing an existing one.
type Calendar struct {
	// Each day of the range has an index from 0, and the cum and pos tables turn every question
	// into array lookups. Statutory clocks are read on every page of a case record and in bulk
	// performance reports, so the answers must cost nanoseconds, not a loop over up to 45 days.
	first, last int       // first and last years covered
	startDay    int64     // days from 1970-01-01 to 1 January of first
	start       time.Time // midnight UTC on 1 January of first
	holidays    []Holiday // sorted by date; never modified after New
	closures    []int32   // sorted, distinct day indices of local closures
	cum         []int32   // cum[i] = working days on days 0..i
	pos         []int32   // pos[k] = day index of the k-th working day, k ≥ 1
}

var englandOnce = sync.OnceValue(func() *Calendar {
	holidays, err := parseHolidays(englandData)
	if err != nil {
		panic("calendar: embedded England and Wales data: " + err.Error())
	}
	c, err := New(holidays, englandKnownThrough)
	if err != nil {
		panic("calendar: embedded England and Wales data: " + err.Error())
	}
	return c
})

// England returns the calendar of England and Wales bank holidays from 2015 to 2027, built from
// the embedded data. It is built once and shared; it panics only if the embedded data is invalid,
// which the package's tests rule out before release. Add local closures with WithClosures, which
// leaves the shared calendar unchanged.
func England() *Calendar {
	return englandOnce()
}

// New builds a calendar from a list of holidays covering the years from the year of the earliest
// holiday to knownThrough inclusive. It exists for other jurisdictions and for tests; most callers
// want England.
//
// New rejects data that is likely to be wrong rather than compute from it: an empty list, a
// holiday after knownThrough, a holiday on a Saturday or Sunday (list the substitute weekday
// instead), the same date twice, a holiday without a name, and a year in the range with no
// holidays at all, because such a year is far more likely to be missing from the data than to
// have none. Only the civil date of each Holiday.Date is used.
func New(holidays []Holiday, knownThrough int) (*Calendar, error) {
	if len(holidays) == 0 {
		return nil, errors.New("calendar: no holidays given, so the range of known years is undefined")
	}
	hs := make([]Holiday, len(holidays))
	for i, h := range holidays {
		y, m, d := h.Date.Date()
		name := strings.TrimSpace(h.Name)
		if name == "" {
			return nil, fmt.Errorf("calendar: holiday on %04d-%02d-%02d has no name", y, m, d)
		}
		hs[i] = Holiday{Date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Name: name}
	}
	slices.SortFunc(hs, func(a, b Holiday) int { return a.Date.Compare(b.Date) })

	first := hs[0].Date.Year()
	if first < 1 {
		return nil, fmt.Errorf("calendar: holiday in year %d; years before 1 are not supported", first)
	}
	if knownThrough < first {
		return nil, fmt.Errorf("calendar: knownThrough %d is before the first holiday year %d", knownThrough, first)
	}
	if knownThrough-first+1 > maxYears {
		return nil, fmt.Errorf("calendar: range %d to %d is longer than %d years", first, knownThrough, maxYears)
	}

	years := make([]bool, knownThrough-first+1)
	for i, h := range hs {
		y := h.Date.Year()
		if y > knownThrough {
			return nil, fmt.Errorf("calendar: holiday %s %q is after knownThrough %d",
				h.Date.Format(time.DateOnly), h.Name, knownThrough)
		}
		if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			return nil, fmt.Errorf("calendar: holiday %s %q falls on a %s; list the substitute weekday instead",
				h.Date.Format(time.DateOnly), h.Name, wd)
		}
		if i > 0 && h.Date.Equal(hs[i-1].Date) {
			return nil, fmt.Errorf("calendar: %s is listed twice (%q and %q)",
				h.Date.Format(time.DateOnly), hs[i-1].Name, h.Name)
		}
		years[y-first] = true
	}
	for i, ok := range years {
		if !ok {
			return nil, fmt.Errorf("calendar: no holidays listed for %d; the data for that year is probably missing", first+i)
		}
	}

	start := time.Date(first, time.January, 1, 0, 0, 0, 0, time.UTC)
	c := &Calendar{
		first:    first,
		last:     knownThrough,
		startDay: daysFromCivil(first, time.January, 1),
		start:    start,
		holidays: hs,
	}
	c.build()
	return c, nil
}

// WithClosures returns a copy of c in which the given days are also non-working, for local
// closures such as an office shut between Christmas and New Year. The statutory clock of a
// particular service may pause on such days, so they belong in that service's calendar, but never
// in the shared England calendar: c itself is not changed.
//
// Days that are already non-working (weekends, holidays, earlier closures) make no difference.
// Days outside c's range are ignored rather than rejected, because every calculation that could
// reach them already fails with an OutOfRangeError.
func (c *Calendar) WithClosures(days ...time.Time) *Calendar {
	closures := slices.Clone(c.closures)
	for _, d := range days {
		if i, err := c.index(d); err == nil {
			closures = append(closures, int32(i))
		}
	}
	slices.Sort(closures)
	closures = slices.Compact(closures)

	n := *c
	n.closures = closures
	n.build()
	return &n
}

// build fills the cum and pos tables from the holidays and closures. Building both tables for the
// whole range takes microseconds, which is why closures rebuild them instead of patching them.
func (c *Calendar) build() {
	days := int(daysFromCivil(c.last+1, time.January, 1) - c.startDay)
	closed := make([]bool, days)
	for _, h := range c.holidays {
		closed[c.mustIndex(h.Date)] = true
	}
	for _, i := range c.closures {
		closed[i] = true
	}

	c.cum = make([]int32, days)
	c.pos = make([]int32, 1, days*5/7+2)
	c.pos[0] = -1
	wd := c.start.Weekday()
	var count int32
	for i := range days {
		if wd != time.Saturday && wd != time.Sunday && !closed[i] {
			count++
			c.pos = append(c.pos, int32(i))
		}
		c.cum[i] = count
		if wd++; wd > time.Saturday {
			wd = time.Sunday
		}
	}
	c.pos = slices.Clip(c.pos)
}

// KnownThrough returns the last year whose bank holidays are known: 2027 for England. Callers can
// use it to warn before deadlines start to fall outside the data, rather than waiting for errors.
func (c *Calendar) KnownThrough() int {
	return c.last
}

// IsWorkingDay reports whether the civil date of d is a working day: a Monday to Friday that is
// neither a bank holiday nor a closure of this calendar. It returns an *OutOfRangeError for a
// date outside the known years.
func (c *Calendar) IsWorkingDay(d time.Time) (bool, error) {
	i, err := c.index(d)
	if err != nil {
		return false, err
	}
	return c.working(i), nil
}

// AddWorkingDays returns the date n working days after the civil date of d, which is how
// statutory deadlines are set: a contact received on day D is to be decided by
// AddWorkingDays(D, 1), and an assessment from a referral on day R is due by
// AddWorkingDays(R, 45).
//
// For n ≥ 1 the result is the n-th working day after d. Day d itself is not counted, whether or
// not it is a working day: Friday + 1 is the next Monday (or the next working day after it if the
// Monday is a holiday), and Saturday + 1 is also that Monday. For n ≤ -1 the result is the |n|-th
// working day before d, so Monday - 1 is the previous Friday and Saturday - 1 is the Friday just
// before it. For n = 0 the result is d's own date, even if d is not a working day.
//
// A result from n ≥ 1 is always a working day and WorkingDaysBetween(d, result) == n. A result
// from n ≤ -1 is always a working day and, when d is a working day,
// WorkingDaysBetween(result, d) == -n.
//
// An input or result outside the known years gives an *OutOfRangeError and the zero time.
func (c *Calendar) AddWorkingDays(d time.Time, n int) (time.Time, error) {
	i, err := c.index(d)
	if err != nil {
		return time.Time{}, err
	}
	if n == 0 {
		return c.dateAt(i), nil
	}
	total := len(c.pos) - 1
	var k int // ordinal of the result among the working days of the range
	if n > 0 {
		before := int(c.cum[i]) // working days up to and including d
		if n > total-before {
			return time.Time{}, &OutOfRangeError{Year: c.last + 1, First: c.first, Last: c.last, Result: true}
		}
		k = before + n
	} else {
		before := int(c.cum[i]) // working days strictly before d
		if c.working(i) {
			before--
		}
		if n < -before {
			return time.Time{}, &OutOfRangeError{Year: c.first - 1, First: c.first, Last: c.last, Result: true}
		}
		k = before + n + 1
	}
	return c.dateAt(int(c.pos[k])), nil
}

// WorkingDaysBetween returns the number of working days after the civil date of from, up to and
// including the civil date of to. It is the measure of how far a statutory clock has run: an
// assessment started on a referral date R has used WorkingDaysBetween(R, today) of its 45 days.
// The result is 0 when both are the same day and negative when to is before from, so that
// WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a).
//
// Either date outside the known years gives an *OutOfRangeError.
func (c *Calendar) WorkingDaysBetween(from, to time.Time) (int, error) {
	i, err := c.index(from)
	if err != nil {
		return 0, err
	}
	j, err := c.index(to)
	if err != nil {
		return 0, err
	}
	return int(c.cum[j]) - int(c.cum[i]), nil
}

// Holidays returns the bank holidays of the given year in date order, or nil if the year is
// outside the known range. Local closures are not included: they are not holidays, and a caller
// listing holidays wants the published ones. The slice is a copy the caller may change.
func (c *Calendar) Holidays(year int) []Holiday {
	lo, _ := slices.BinarySearchFunc(c.holidays, year, func(h Holiday, y int) int { return h.Date.Year() - y })
	hi, _ := slices.BinarySearchFunc(c.holidays, year+1, func(h Holiday, y int) int { return h.Date.Year() - y })
	if lo == hi {
		return nil
	}
	return slices.Clone(c.holidays[lo:hi])
}

// index returns the day index of the civil date of d, or an *OutOfRangeError.
func (c *Calendar) index(d time.Time) (int, error) {
	y, m, day := d.Date()
	if y < c.first || y > c.last {
		return 0, &OutOfRangeError{Year: y, First: c.first, Last: c.last}
	}
	return int(daysFromCivil(y, m, day) - c.startDay), nil
}

// mustIndex is index for dates already known to be in range.
func (c *Calendar) mustIndex(d time.Time) int {
	i, err := c.index(d)
	if err != nil {
		panic(err)
	}
	return i
}

// working reports whether day index i is a working day: the count of working days rises on it.
func (c *Calendar) working(i int) bool {
	if i == 0 {
		return c.cum[0] == 1
	}
	return c.cum[i] != c.cum[i-1]
}

// dateAt returns midnight UTC on the day with index i. Adding whole days to a UTC time is exact
// because UTC has no daylight saving changes.
func (c *Calendar) dateAt(i int) time.Time {
	return c.start.Add(time.Duration(i) * 24 * time.Hour)
}

// daysFromCivil returns the number of days from 1970-01-01 to the given proleptic Gregorian date.
// It is Howard Hinnant's days_from_civil, used instead of time.Date because it is pure integer
// arithmetic and so keeps the lookups in AddWorkingDays and WorkingDaysBetween to a few
// nanoseconds.
func daysFromCivil(y int, m time.Month, d int) int64 {
	yy := int64(y)
	if m <= time.February {
		yy--
	}
	era := yy / 400
	if yy < 0 {
		era = (yy - 399) / 400
	}
	yoe := yy - era*400                    // [0, 399]
	mp := (int64(m) + 9) % 12              // March = 0
	doy := (153*mp+2)/5 + int64(d) - 1     // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return era*146097 + doe - 719468
}

// parseHolidays reads the embedded data format: one holiday a line, an ISO date, a space and the
// name; blank lines and lines starting with '#' are ignored. Errors give the line number, so that
// a bad edit to the data file is easy to find.
func parseHolidays(data string) ([]Holiday, error) {
	var hs []Holiday
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		date, name, _ := strings.Cut(line, " ")
		t, err := time.Parse(time.DateOnly, date)
		if err != nil {
			return nil, fmt.Errorf("line %d: %q is not a date in the form YYYY-MM-DD", n+1, date)
		}
		name = strings.TrimSpace(name)
		if name == "" {
			return nil, fmt.Errorf("line %d: holiday on %s has no name", n+1, date)
		}
		hs = append(hs, Holiday{Date: t, Name: name})
	}
	return hs, nil
}
