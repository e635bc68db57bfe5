package ssda903

import "hearth"

// The rules about how episodes end (the reason against the child's age and the year end) and about the
// ages in reviews: 385 to 389, 407, 440, 441, 446 and 460.

// e1FirstDate is the first day legal status E1 (placement order, from the Adoption and Children Act 2002)
// could start: 1 December 2005, as the DfE's rule has it.
var e1FirstDate = hearth.NewDate(2005, 12, 1)

func init() {
	register(
		&Rule{Code: "385", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.Episodes {
				if c.R.Episodes[i].DECDate.After(end) {
					c.Flag(Episodes, i)
				}
			}
		}},
		// Adoption (E11, E12) is for children: it must come before the 18th birthday.
		&Rule{Code: "386", Check: func(c *Check) { flagEndedAtAge(c, isAdopted, 18, true) }},
		// Independent living (E5, E6) needs the child to be at least 14 when the episode ends.
		&Rule{Code: "387", Check: func(c *Check) {
			flagEndedAtAge(c, func(rec string) bool { return rec == "E5" || rec == "E6" }, 14, false)
		}},
		// Transfer to adult social care (E7) needs the child to be at least 16 when the episode ends.
		&Rule{Code: "389", Check: func(c *Check) {
			flagEndedAtAge(c, func(rec string) bool { return rec == "E7" }, 16, false)
		}},
		&Rule{Code: "407", Check: func(c *Check) {
			// A special guardianship order (E45 to E48) ends care before the 18th birthday (a day after it
			// is still allowed, as the DfE's rule has it); the Header row is flagged once.
			sgo := func(e *EpisodeRow) bool { return oneOf(e.REC, "E45", "E46", "E47", "E48") && !e.DECDate.IsZero() }
			forChildrenWith(c.R, sgo, func(child string, rows []int) {
				var adult hearth.Date
				flagged := false
				for _, i := range rows {
					e := &c.R.Episodes[i]
					if !sgo(e) {
						continue
					}
					if adult.IsZero() {
						if adult = birthday(headerDOB(c.R, child), 18); adult.IsZero() {
							break
						}
					}
					if e.DECDate.After(adult) {
						c.Flag(Episodes, i)
						flagged = true
					}
				}
				if flagged {
					c.Flag(Header, c.R.ix().header[child])
				}
			})
		}},
		&Rule{Code: "440", Check: func(c *Check) {
			// PN0 is the participation code of a child under 4 at the review.
			for i := range c.R.Reviews {
				r := &c.R.Reviews[i]
				if r.REVIEW_CODE == "PN0" && !r.DOBDate.IsZero() && r.REVIEWDate.After(birthday(r.DOBDate, 4)) {
					c.Flag(Reviews, i)
				}
			}
		}},
		&Rule{Code: "441", Check: func(c *Check) {
			// PN1 to PN7 are the participation codes of a child 4 or over at the review.
			for i := range c.R.Reviews {
				r := &c.R.Reviews[i]
				if oneOf(r.REVIEW_CODE, "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7") && !r.DOBDate.IsZero() &&
					!r.REVIEWDate.IsZero() && r.REVIEWDate.Before(birthday(r.DOBDate, 4)) {
					c.Flag(Reviews, i)
				}
			}
		}},
		&Rule{Code: "446", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.LS == "E1" && !e.DECOMDate.IsZero() && e.DECOMDate.Before(e1FirstDate) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "460", Check: func(c *Check) {
			// E17 is staying put with the former foster carers at 18 or over.
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.REC != "E17" || e.DECDate.IsZero() {
					continue
				}
				if dob := headerDOB(c.R, e.CHILD); !dob.IsZero() && birthday(dob, 18).After(e.DECDate) {
					c.Flag(Episodes, i)
				}
			}
		}},
	)
}

// flagEndedAtAge flags each episode whose reason for ending matches and whose end date (with the Header's
// date of birth) shows the child had reached age when adult is true, or had not reached it when adult is
// false. Episodes without a valid end date or date of birth are left to the date rules.
func flagEndedAtAge(c *Check, reason func(string) bool, age int, adult bool) {
	for i := range c.R.Episodes {
		e := &c.R.Episodes[i]
		if !reason(e.REC) || e.DECDate.IsZero() {
			continue
		}
		dob := headerDOB(c.R, e.CHILD)
		if dob.IsZero() {
			continue
		}
		if reached := onOrAfter(e.DECDate, birthday(dob, age)); reached == adult {
			c.Flag(Episodes, i)
		}
	}
}
