package ssda903

import (
	"slices"
	"strings"

	"hearth"
)

// Helpers and code lists of the rules in rules_c_*.go (codes 501 to 635, the integrity checks and the
// social worker episodes).

// firstStartedEpisode returns the row of a child's episodes (from EpisodesOf, by start date) that started first,
// or -1 when none has a valid start date.
func firstStartedEpisode(r *Return, rows []int) int {
	if len(rows) == 0 || r.Episodes[rows[0]].DECOMDate.IsZero() {
		return -1
	}
	return rows[0]
}

// datesBefore says whether both dates are known and a is before b: a comparison with a blank or invalid date
// is never true, as in the DfE's validator, which leaves such rows to the date-format rules.
func datesBefore(a, b hearth.Date) bool { return !a.IsZero() && !b.IsZero() && a.Before(b) }

// dateWithin says whether d is known and within from and to, both inclusive.
func dateWithin(d, from, to hearth.Date) bool { return !d.IsZero() && !d.Before(from) && !d.After(to) }

// continuouslyLookedAfter says whether a child counts as looked after continuously through the year, as
// the DfE's validator works it out for the OC2 (12 months in care) rules: the child has an episode open
// at some time in the year, and no episode that shows a break: none starting a new period of care (RNE
// S) after the year began, none ending other than by a change of placement (REC X1) within the year,
// and none under a series of short breaks (LS V3 or V4) in the year.
func continuouslyLookedAfter(c *Check, child string) bool {
	start, end := c.Start(), c.End()
	inYear := false
	for _, i := range c.R.EpisodesOf(child) {
		e := &c.R.Episodes[i]
		during := !e.DECOMDate.IsZero() && !e.DECOMDate.After(end) && (e.DECDate.IsZero() || !e.DECDate.Before(start))
		inYear = inYear || during
		switch {
		case e.RNE == "S" && e.DECOMDate.After(start) && !e.DECOMDate.After(end):
			return false
		case e.REC != "X1" && !e.DECDate.IsZero() && !e.DECDate.Before(start) && e.DECDate.Before(end):
			return false
		case during && (e.LS == "V3" || e.LS == "V4"):
			return false
		}
	}
	return inYear
}

// ageBefore says whether a child born on dob is not yet age years old on day: false when the date of
// birth is not known.
func ageBefore(dob hearth.Date, age int, day hearth.Date) bool {
	return !dob.IsZero() && dob.AddMonths(12*age).After(day)
}

// adoptionPlacement says whether a placement is with prospective adopters (A3 to A6).
func adoptionPlacement(place string) bool { return oneOf(place, "A3", "A4", "A5", "A6") }

// compareDates orders known dates before blank or invalid ones, as pandas sorts missing dates last.
func compareDates(a, b hearth.Date) int {
	switch {
	case a == b:
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.Before(b):
		return -1
	}
	return 1
}

// rowsByChildAndDates returns the rows 0 to n-1 of a table ordered by child, then by the two dates key
// gives for a row (blank or invalid dates last), then by input order. It is built once by a rule that
// compares each of a child's rows with the one before it.
func rowsByChildAndDates(n int, child func(i int) string, key func(i int) (hearth.Date, hearth.Date)) []int {
	rows := make([]int, n)
	for i := range rows {
		rows[i] = i
	}
	slices.SortStableFunc(rows, func(a, b int) int {
		if c := strings.Compare(child(a), child(b)); c != 0 {
			return c
		}
		a1, a2 := key(a)
		b1, b2 := key(b)
		if c := compareDates(a1, b1); c != 0 {
			return c
		}
		return compareDates(a2, b2)
	})
	return rows
}

// carePeriod is a period of care: episodes that follow one another without a gap, from the first's
// start to the last's end (zero while the last is open).
type carePeriod struct{ start, end hearth.Date }

// appendCarePeriods appends the periods of care of a child's episodes (from EpisodesOf, by start date)
// to buf, as the DfE's validator groups them: episodes without a valid start are left out, and an
// episode starts a new period when it starts after the one before it ended.
func appendCarePeriods(buf []carePeriod, r *Return, rows []int) []carePeriod {
	var prevEnd hearth.Date
	for k, i := range rows {
		e := &r.Episodes[i]
		if e.DECOMDate.IsZero() {
			break
		}
		if k == 0 || datesBefore(prevEnd, e.DECOMDate) {
			buf = append(buf, carePeriod{start: e.DECOMDate})
		}
		buf[len(buf)-1].end = e.DECDate
		prevEnd = e.DECDate
	}
	return buf
}
