package ssda903

import (
	"time"

	"hearth"
)

// ParseDate reads a dd/mm/yyyy date as the return writes them (a one-digit day or month is accepted, as
// the DfE's own tools accept it). A blank or invalid value gives the zero Date: the format rules report
// values that are present but not dates.
func ParseDate(s string) hearth.Date {
	// Fast path for the usual dd/mm/yyyy: no allocation, no time package.
	n := len(s)
	if n < 8 || n > 10 {
		return hearth.Date{}
	}
	i := 0
	day, ok := digits(s, &i, 2)
	if !ok || i >= n || s[i] != '/' {
		return hearth.Date{}
	}
	i++
	month, ok := digits(s, &i, 2)
	if !ok || i >= n || s[i] != '/' {
		return hearth.Date{}
	}
	i++
	start := i
	year, ok := digits(s, &i, 4)
	if !ok || i != n || i-start != 4 {
		return hearth.Date{}
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1000 {
		return hearth.Date{}
	}
	return hearth.NewDate(year, time.Month(month), day)
}

// digits reads one to max decimal digits of s from *i.
func digits(s string, i *int, max int) (int, bool) {
	v, k := 0, 0
	for *i < len(s) && k < max && s[*i] >= '0' && s[*i] <= '9' {
		v = v*10 + int(s[*i]-'0')
		*i++
		k++
	}
	return v, k > 0
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// FormatDate writes a date as the return does (dd/mm/yyyy); the zero Date is blank.
func FormatDate(d hearth.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.UK()
}
