package ssda903

// The rules about placement types: the ages they need, how long temporary placements last and what comes
// before and after them, and the postcodes of a placement: 371 to 381, 383, 390, 392b, 392d and 408.

func init() {
	register(
		// K3 is supported accommodation not regulated as a children's home, for those 16 or over.
		&Rule{Code: "371", Check: func(c *Check) { flagPlacedUnderAge(c, "K3", 16) }},
		// R5 is a young offender institution or prison.
		&Rule{Code: "372", Check: func(c *Check) { flagPlacedUnderAge(c, "R5", 10) }},
		// S1 is a residential school.
		&Rule{Code: "373", Check: func(c *Check) { flagPlacedUnderAge(c, "S1", 4) }},
		// P3 is residential employment.
		&Rule{Code: "374", Check: func(c *Check) { flagPlacedUnderAge(c, "P3", 14) }},
		// T1 is a temporary placement while in hospital, for six weeks at most.
		&Rule{Code: "375", Check: func(c *Check) { flagLongerThan(c, "T1", 42) }},
		// T3 is a temporary placement during the foster carers' holiday, for three weeks at most.
		&Rule{Code: "376", Check: func(c *Check) { flagLongerThan(c, "T3", 21) }},
		&Rule{Code: "377", Check: func(c *Check) {
			// Three placements for the foster carers' holiday (T3) starting within 12 months of each
			// other are one too many: each of the three is flagged (once, however many such threes it is
			// in). The slices are kept from child to child.
			var t3 []int
			var over []bool
			forChildrenWith(c.R, func(e *EpisodeRow) bool { return e.PLACE == "T3" }, func(_ string, rows []int) {
				t3, over = t3[:0], over[:0]
				for _, i := range rows {
					if e := &c.R.Episodes[i]; e.PLACE == "T3" && !e.DECOMDate.IsZero() {
						t3 = append(t3, i)
						over = append(over, false)
					}
				}
				for k := 2; k < len(t3); k++ {
					if c.R.Episodes[t3[k]].DECOMDate.Before(c.R.Episodes[t3[k-2]].DECOMDate.AddMonths(12)) {
						over[k-2], over[k-1], over[k] = true, true, true
					}
				}
				for k, i := range t3 {
					if over[k] {
						c.Flag(Episodes, i)
					}
				}
			})
		}},
		&Rule{Code: "378", Check: func(c *Check) {
			// Placed with parents (P1) is not compatible with a single period of s20 accommodation (V2).
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.PLACE == "P1" && e.LS == "V2" {
					c.Flag(Episodes, i)
				}
			}
		}},
		// T4 is a temporary placement for another reason, for seven days at most.
		&Rule{Code: "379", Check: func(c *Check) { flagLongerThan(c, "T4", 7) }},
		&Rule{Code: "380", Check: func(c *Check) {
			// A temporary placement starts with a change of placement (P) or of placement and legal
			// status (B), never a new period of care.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; isTemporary(e.PLACE) && e.RNE != "P" && e.RNE != "B" {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "381", Check: func(c *Check) {
			// A temporary placement ends only when a new episode begins (X1).
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; isTemporary(e.PLACE) && e.REC != "" && e.REC != "X1" {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "383", Check: func(c *Check) {
			// The episode after a temporary placement returns the child to the placement before it: a
			// placement change (P) back to the same placement type and postcode.
			forChildrenWith(c.R, func(e *EpisodeRow) bool { return isTemporary(e.PLACE) }, func(_ string, rows []int) {
				for n := 2; n < len(rows); n++ {
					before, temp, after := &c.R.Episodes[rows[n-2]], &c.R.Episodes[rows[n-1]], &c.R.Episodes[rows[n]]
					if isTemporary(temp.PLACE) && (after.RNE != "P" || after.PLACE != before.PLACE || after.PL_POST != before.PL_POST) {
						c.Flag(Episodes, rows[n])
					}
				}
			})
		}},
		&Rule{Code: "390", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; isAdopted(e.REC) && !oneOf(e.PLACE, adoptionPlacements...) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "392b", Check: func(c *Check) {
			// Both postcodes are needed, except for respite and for children who are or were UASC (in the
			// UASC table this year or, when the run has it, last year), whose distance is not reported.
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if (e.HOME_POST == "" || e.PL_POST == "") && !isRespite(e.LS) && !wasUASC(c, e.CHILD) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "392d", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.PLACE != "P1" && e.HOME_POST != "" && e.HOME_POST == e.PL_POST {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "408", Check: func(c *Check) {
			// A5 and A6 are placements for adoption with a placement order, which is legal status E1.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; (e.PLACE == "A5" || e.PLACE == "A6") && e.LS != "E1" {
					c.Flag(Episodes, i)
				}
			}
		}},
	)
}

// flagPlacedUnderAge flags each episode in placement place that started before the child's birthday of
// that age (by the Header's date of birth).
func flagPlacedUnderAge(c *Check, place string, age int) {
	for i := range c.R.Episodes {
		e := &c.R.Episodes[i]
		if e.PLACE != place || e.DECOMDate.IsZero() {
			continue
		}
		if dob := headerDOB(c.R, e.CHILD); !dob.IsZero() && birthday(dob, age).After(e.DECOMDate) {
			c.Flag(Episodes, i)
		}
	}
}

// flagLongerThan flags each ended episode in placement place that lasted more than days.
func flagLongerThan(c *Check, place string, days int) {
	for i := range c.R.Episodes {
		e := &c.R.Episodes[i]
		if e.PLACE == place && !e.DECOMDate.IsZero() && !e.DECDate.IsZero() && e.DECDate.After(e.DECOMDate.AddDays(days)) {
			c.Flag(Episodes, i)
		}
	}
}

// wasUASC says whether a child is in the UASC table of this year's return or of last year's, when the run
// has it.
func wasUASC(c *Check, child string) bool {
	return len(c.R.ChildRows(UASC, child)) > 0 || (c.Previous != nil && len(c.Previous.ChildRows(UASC, child)) > 0)
}
