package web

import (
	"strconv"
	"strings"
	"time"

	"hearth"
)

// parseTimeOfDay reads a time of day as people type it: "9:30", "09:30", "9.30", "14:05", "0930", "9",
// "9:30am", "2.15 pm", "12pm" (noon) and "12am" (midnight). It returns the hour (0 to 23) and minute, or
// ok false. The front door records when a contact arrived and when it was decided to the minute, because
// the decision is due within a working day of the arrival; one box with a forgiving reader is quicker
// than two boxes for hour and minute, and a 12-hour time is accepted because that is how people say it.
func parseTimeOfDay(s string) (hour, minute int, ok bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	suffix := ""
	for _, x := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(s, x) {
			suffix, s = x[:1], strings.TrimSuffix(s, x)
			break
		}
	}
	var hs, ms string
	if i := strings.IndexAny(s, ":."); i >= 0 {
		hs, ms = s[:i], s[i+1:]
		if len(ms) != 2 {
			return 0, 0, false
		}
	} else {
		switch len(s) {
		case 1, 2:
			hs = s
		case 3, 4:
			hs, ms = s[:len(s)-2], s[len(s)-2:]
		default:
			return 0, 0, false
		}
	}
	if hs == "" || len(hs) > 2 || !digits(hs) || (ms != "" && !digits(ms)) {
		return 0, 0, false
	}
	hour, _ = strconv.Atoi(hs)
	if ms != "" {
		minute, _ = strconv.Atoi(ms)
	}
	if minute > 59 {
		return 0, 0, false
	}
	switch suffix {
	case "":
		if hour > 23 {
			return 0, 0, false
		}
	case "a", "p":
		if hour < 1 || hour > 12 {
			return 0, 0, false
		}
		hour %= 12
		if suffix == "p" {
			hour += 12
		}
	}
	return hour, minute, true
}

// digits reports whether s is made only of the digits 0 to 9.
func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// formatTimeOfDay writes a moment's time of day in England as the time box shows it, "14:05".
func formatTimeOfDay(t time.Time) string { return t.In(londonTime).Format("15:04") }

// momentInput reads a GOV.UK date input NAME (three boxes) and a time box NAME-time from a form and
// returns the moment they name in England, adding any problem to the form: a date problem under
// NAME-day, a time problem under NAME-time. label names the moment at the start of a sentence, such as
// "The time the contact was received"; a required moment that is missing gets "Enter the date ..." or
// "Enter the time ...". A moment in the future is refused when notFuture is set, since a contact or a
// decision cannot be recorded before it happens.
func momentInput(f *Form, name, label string, now time.Time, notFuture bool) time.Time {
	d := requiredDate(f, name, "The date "+label, true)
	raw := strings.TrimSpace(f.Value(name + "-time"))
	var hour, minute int
	switch ok := false; {
	case raw == "":
		f.Add(name+"-time", "Enter the time "+label)
	default:
		if hour, minute, ok = parseTimeOfDay(raw); !ok {
			f.Add(name+"-time", "Enter the time "+label+" as hours and minutes, like 9:30 or 14:05")
		}
	}
	if d.IsZero() || f.Error(name+"-time") != "" {
		return time.Time{}
	}
	t := time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, londonTime)
	if notFuture && t.After(now) {
		f.Add(name+"-day", "The date and time "+label+" must be now or in the past")
	}
	return t
}

// momentValues writes a moment into a date input NAME and its time box, for a form shown first.
func momentValues(f *Form, name string, t time.Time) {
	if t.IsZero() {
		return
	}
	dateInputValues(f.Values, name, hearth.DateOf(t.In(londonTime)))
	f.Values.Set(name+"-time", formatTimeOfDay(t))
}
