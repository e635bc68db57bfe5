package ssda903

import "hearth"

// Helpers and code lists of the rules in rules_b_*.go (codes 241 to 460, 700 to 710 and 1000 to 3001).

// birthday is the day a child born on dob turns age: the same day and month, or 28 February in a common
// year for a child born on 29 February, which is how the DfE's tools add years to a date. It is the zero
// Date when dob is.
func birthday(dob hearth.Date, age int) hearth.Date { return dob.AddMonths(12 * age) }

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
