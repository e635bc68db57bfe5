package ssda903

import "hearth"

// Helpers and code lists of the rules in rules_b_*.go (codes 241 to 460, 700 to 710 and 1000 to 3001).

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

// temporaryPlacements are the placement codes of a temporary placement; isTemporary tests for them
// without a scan of the list, as several rules ask it of every episode.
var temporaryPlacements = []string{"T0", "T1", "T2", "T3", "T4"}

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
