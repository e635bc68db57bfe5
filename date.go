package hearth

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Date is a civil date: a day in the calendar with no clock and no time zone, such as a date of birth or
// the day a looked-after episode began. Statutory returns and timescales are all about days, and a
// time.Time at midnight shifts by a day when it crosses a time zone, so dates are kept as their own type.
// The zero Date means "not recorded" and is stored as NULL.
//
// Internally a Date is the count of days since 1 January 0001 plus one, which makes comparison and day
// arithmetic integer operations.
type Date struct{ n int32 }

// daysToUnixEpoch is the number of days from 1 January 0001 to 1 January 1970.
const daysToUnixEpoch = 719162

// NewDate returns the date with the given year, month and day. Out-of-range values are normalised the way
// time.Date normalises them (31 April becomes 1 May); use ParseDate to reject them instead.
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the civil date of t in t's own location. The zero time gives the zero Date, so the
// zero time.Time is "not recorded" too (which makes 1 January 0001 unrepresentable, a fair price).
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	return Date{n: int32(u + daysToUnixEpoch + 1)}
}

// ParseDate parses an ISO 8601 date such as 2025-03-31. It rejects impossible dates such as 2025-02-30.
func ParseDate(s string) (Date, error) {
	return parseDateLayout(s, "2006-01-02")
}

// ParseUKDate parses a date written day first, as 31/03/2025, which is how the SSDA903 CSV tables and most
// people in England write dates.
func ParseUKDate(s string) (Date, error) {
	return parseDateLayout(s, "02/01/2006")
}

func parseDateLayout(s, layout string) (Date, error) {
	t, err := time.Parse(layout, s)
	if err != nil {
		return Date{}, Errorf(EINVALID, "%q is not a date in the form %s", s, dateLayoutHint(layout))
	}
	return DateOf(t), nil
}

func dateLayoutHint(layout string) string {
	if layout == "02/01/2006" {
		return "DD/MM/YYYY"
	}
	return "YYYY-MM-DD"
}

// IsZero reports whether the date was not recorded.
func (d Date) IsZero() bool { return d.n == 0 }

// Time returns midnight UTC at the start of the date; the zero Date gives the zero time.
func (d Date) Time() time.Time {
	if d.n == 0 {
		return time.Time{}
	}
	return time.Unix((int64(d.n)-1-daysToUnixEpoch)*86400, 0).UTC()
}

// Year returns the year of the date.
func (d Date) Year() int { return d.Time().Year() }

// Month returns the month of the date.
func (d Date) Month() time.Month { return d.Time().Month() }

// Day returns the day of the month.
func (d Date) Day() int { return d.Time().Day() }

// String returns the date as YYYY-MM-DD, or "" when it was not recorded.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// UK returns the date as DD/MM/YYYY, the form of the SSDA903 CSV tables, or "" when not recorded.
func (d Date) UK() string {
	if d.n == 0 {
		return ""
	}
	return d.Time().Format("02/01/2006")
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// AddDays returns the date n calendar days after d (before, when n is negative).
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	return Date{n: d.n + int32(n)}
}

// DaysSince returns the number of calendar days from e to d: positive when d is later.
func (d Date) DaysSince(e Date) int { return int(d.n - e.n) }

// AddMonths returns the same day n months later, clamped to the last day of a shorter month, so that
// 31 August plus 6 months is 28 (or 29) February rather than 3 March. Statutory review clocks count months
// this way.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return d
	}
	t := d.Time()
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	day := t.Day()
	if day > last {
		day = last
	}
	return NewDate(first.Year(), first.Month(), day)
}

// AgeOn returns the age in whole years on date on of a person born on d. Someone born on 29 February
// turns a year older on 1 March in common years, as English law treats it.
func (d Date) AgeOn(on Date) int {
	b, t := d.Time(), on.Time()
	age := t.Year() - b.Year()
	if t.Month() < b.Month() || (t.Month() == b.Month() && t.Day() < b.Day()) {
		age--
	}
	return age
}

// Value stores the date as YYYY-MM-DD text, which SQLite keeps as text and PostgreSQL casts to DATE; the
// zero Date is stored as NULL.
func (d Date) Value() (driver.Value, error) {
	if d.n == 0 {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads a date from either engine: PostgreSQL returns time.Time, SQLite returns text (or time.Time
// when the column is declared DATE).
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		*d = DateOf(v)
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	}
	return fmt.Errorf("hearth.Date: cannot scan %T", src)
}

func (d *Date) scanText(s string) error {
	if s == "" {
		*d = Date{}
		return nil
	}
	if len(s) > 10 {
		s = s[:10]
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalText writes the date as YYYY-MM-DD for JSON and other text encodings.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a YYYY-MM-DD date; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error { return d.scanText(string(b)) }
