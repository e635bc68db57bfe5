package ssda903

import "hearth"

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
