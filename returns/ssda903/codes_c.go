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
