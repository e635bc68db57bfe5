package ssda903

import "hearth"

// Helpers and code lists of the rules in rules_b_*.go (codes 241 to 460, 700 to 710 and 1000 to 3001).

// birthday is the day a child born on dob turns age: the same day and month, or 28 February in a common
// year for a child born on 29 February, which is how the DfE's tools add years to a date (and what
// dob.AddMonths(12*age) gives). It is the zero Date when dob is. Many rules work out a birthday for each
// row, so it counts the days between the two dates itself rather than normalising through time.Date.
func birthday(dob hearth.Date, age int) hearth.Date {
	if dob.IsZero() {
		return dob
	}
	y, m, d := dob.Time().Date()
	td := min(d, daysIn(y+age, int(m)))
	return dob.AddDays(civilDays(y+age, int(m), td) - civilDays(y, int(m), d))
}

// civilDays is the number of days from 1 March of year 0 to the date (a proleptic Gregorian calendar, for
// years 0 or later): only differences between two of them mean anything.
func civilDays(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	return era*146097 + yoe*365 + yoe/4 - yoe/100 + doy
}

// forChildrenWith calls fn once for each child with an episode that matches, with the child's episodes by
// start date. It reads the Episodes table straight through and looks a child up only at its first matching
// episode, so a rule about rare codes does not walk every child's episodes.
func forChildrenWith(r *Return, match func(*EpisodeRow) bool, fn func(child string, rows []int)) {
	for i := range r.Episodes {
		e := &r.Episodes[i]
		if !match(e) {
			continue
		}
		rows := r.EpisodesOf(e.CHILD)
		first := true
		for _, k := range rows {
			if k < i && match(&r.Episodes[k]) {
				first = false
				break
			}
		}
		if first {
			fn(e.CHILD, rows)
		}
	}
}

// isTemporary says whether a placement is a temporary one (T0 to T4).
func isTemporary(place string) bool {
	return len(place) == 2 && place[0] == 'T' && place[1] >= '0' && place[1] <= '4'
}

// headerDOB is the date of birth in the child's Header row, or the zero Date when the child has no Header
// row or no valid date of birth.
func headerDOB(r *Return, child string) hearth.Date {
	if h, ok := r.HeaderOf(child); ok {
		return h.DOBDate
	}
	return hearth.Date{}
}

// notRunHere is the check of a rule that needs data a return does not carry (Ofsted's provider list, the
// locations of postcodes): Validate reports such a rule as not run, with the reason, and never calls its
// check, so there is nothing for the check to do.
func notRunHere(*Check) {}

// onOrAfter says whether d is e or later.
func onOrAfter(d, e hearth.Date) bool { return !d.Before(e) }

// The placement codes of a placement for adoption, with current foster carers (A3, A5) or not (A4, A6),
// and the foster placements (U1 to U6) that may come before one.
var (
	adoptionPlacements = []string{"A3", "A4", "A5", "A6"}
	fosterPlacements   = []string{"U1", "U2", "U3", "U4", "U5", "U6"}
)

// isAdopted says whether an episode ended in adoption: REC E11 (an adoption application unopposed) or E12
// (consent dispensed with).
func isAdopted(rec string) bool { return rec == "E11" || rec == "E12" }
