package web

import (
	"strings"

	"hearth"
)

// capitalise puts a capital at the start of a sentence made from a phrase.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// longDate writes a civil date as pages show dates, such as "3 March 2025", or "" when not recorded.
func longDate(d hearth.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2 January 2006")
}
