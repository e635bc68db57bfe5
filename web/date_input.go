package web

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"hearth"
)

// dateInput reads a GOV.UK date input, the three boxes NAME-day, NAME-month and NAME-year, from values.
// GOV.UK asks for dates in three boxes because people type them more reliably than in one box with a
// format to remember. All three empty is the zero Date and no error; otherwise the message follows the
// GOV.UK wording ("Date of birth must include a month", "Date of birth must be a real date") and names
// the field by label, so the error summary reads on its own.
func dateInput(values url.Values, name, label string) (hearth.Date, string) {
	day := strings.TrimSpace(values.Get(name + "-day"))
	month := strings.TrimSpace(values.Get(name + "-month"))
	year := strings.TrimSpace(values.Get(name + "-year"))
	if day == "" && month == "" && year == "" {
		return hearth.Date{}, ""
	}
	var missing []string
	for _, p := range []struct{ part, v string }{{"a day", day}, {"a month", month}, {"a year", year}} {
		if p.v == "" {
			missing = append(missing, p.part)
		}
	}
	if len(missing) > 0 {
		return hearth.Date{}, label + " must include " + strings.Join(missing, " and ")
	}
	d, errD := strconv.Atoi(day)
	m, errM := strconv.Atoi(month)
	y, errY := strconv.Atoi(year)
	if errD != nil || errM != nil || errY != nil {
		return hearth.Date{}, label + " must be a real date"
	}
	if len(year) != 4 {
		return hearth.Date{}, label + " must include a year with 4 numbers"
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return hearth.Date{}, label + " must be a real date"
	}
	return hearth.DateOf(t), ""
}

// dateInputValues writes a date into the three boxes of a GOV.UK date input, for links that carry a
// filter and for forms shown again.
func dateInputValues(values url.Values, name string, d hearth.Date) {
	if d.IsZero() {
		return
	}
	values.Set(name+"-day", strconv.Itoa(d.Day()))
	values.Set(name+"-month", strconv.Itoa(int(d.Month())))
	values.Set(name+"-year", strconv.Itoa(d.Year()))
}

// DateField is what the "date-input" partial needs to draw a GOV.UK date input: its name, legend, hint,
// the error (kept under NAME-day, the box the error summary links to) and what was typed in each box.
type DateField struct {
	Name, Legend, Hint, Error string
	Day, Month, Year          string
}

// DateField returns a date input of the form for the "date-input" partial.
func (f *Form) DateField(name, legend, hint string) DateField {
	return DateField{Name: name, Legend: legend, Hint: hint, Error: f.Error(name + "-day"),
		Day: f.Value(name + "-day"), Month: f.Value(name + "-month"), Year: f.Value(name + "-year")}
}
