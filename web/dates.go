package web

import (
	"strings"

	"hearth"
)

// longDate writes a civil date as pages show dates, such as "3 March 2025", or "" when not recorded.
func longDate(d hearth.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2 January 2006")
}

// requiredDate reads the GOV.UK date input NAME from a form (dateInput does the reading) and adds any
// problem to the form under NAME-day, the box the error summary links to. label names the date at the
// start of a sentence, such as "The date the allocation starts"; a date that must be given and is
// missing gets "Enter " and the label in lower case.
func requiredDate(f *Form, name, label string, required bool) hearth.Date {
	d, msg := dateInput(f.Values, name, label)
	if msg == "" && d.IsZero() && required {
		msg = "Enter " + strings.ToLower(label[:1]) + label[1:]
	}
	if msg != "" {
		f.Add(name+"-day", msg)
	}
	return d
}
