package web

import (
	"strconv"
	"strings"
	"time"

	"hearth"
)

// parseDateInput reads a GOV.UK date input (three boxes named NAME-day, NAME-month and NAME-year) from a
// form. It returns the date, or a message in the words the GOV.UK pattern recommends saying what is
// missing or wrong. what names the date in the message, such as "the date the allocation starts".
// Nothing at all typed gives the zero date and "" when optional is true.
func parseDateInput(f *Form, name, what string, optional bool) (hearth.Date, string) {
	d := strings.TrimSpace(f.Value(name + "-day"))
	m := strings.TrimSpace(f.Value(name + "-month"))
	y := strings.TrimSpace(f.Value(name + "-year"))
	if d == "" && m == "" && y == "" {
		if optional {
			return hearth.Date{}, ""
		}
		return hearth.Date{}, "Enter " + what
	}
	var missing []string
	for _, p := range []struct{ v, name string }{{d, "day"}, {m, "month"}, {y, "year"}} {
		if p.v == "" {
			missing = append(missing, p.name)
		}
	}
	if len(missing) > 0 {
		return hearth.Date{}, capitalise(what) + " must include a " + strings.Join(missing, " and ")
	}
	day, err1 := strconv.Atoi(d)
	month, err2 := strconv.Atoi(m)
	year, err3 := strconv.Atoi(y)
	if err1 != nil || err2 != nil || err3 != nil || len(y) != 4 || month < 1 || month > 12 || day < 1 ||
		day > time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return hearth.Date{}, capitalise(what) + " must be a real date"
	}
	return hearth.NewDate(year, time.Month(month), day), ""
}

// setDateInput puts a date into a form's three date boxes, for a form shown with a value already chosen.
func setDateInput(f *Form, name string, d hearth.Date) {
	if d.IsZero() {
		return
	}
	f.Values.Set(name+"-day", strconv.Itoa(d.Day()))
	f.Values.Set(name+"-month", strconv.Itoa(int(d.Month())))
	f.Values.Set(name+"-year", strconv.Itoa(d.Year()))
}

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

// dateField is what the date-input partial needs to show one GOV.UK date input.
type dateField struct {
	Name, Legend, Hint, Error string
	Day, Month, Year          string
}

// DateField returns the date input called name with what was typed in it and its error, for the
// date-input partial.
func (f *Form) DateField(name, legend, hint string) dateField {
	return dateField{Name: name, Legend: legend, Hint: hint, Error: f.Error(name),
		Day: f.Value(name + "-day"), Month: f.Value(name + "-month"), Year: f.Value(name + "-year")}
}
