package ssda903

// The rules about the sequence of a child's episodes (by start date): how one ends and the next begins,
// and whether the reason for the new episode matches what changed: 388 and 431 to 437.

// leftCareReasons are the reasons an episode ended that end the period of care (every REC but X1, the
// start of a new episode in the same period).
var leftCareReasons = []string{"E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13",
	"E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48"}

func init() {
	register(
		&Rule{Code: "388", Check: func(c *Check) {
			// X1 (new episode begins) needs a next episode starting the day this one ended; any other
			// reason must not be followed by an episode starting that day; and the child's last episode
			// cannot end with X1. Episodes without a valid start date are left out of the sequence.
			for _, rows := range c.R.ix().episodes {
				last := lastStarted(c.R, rows)
				for n, i := range rows {
					e := &c.R.Episodes[i]
					if e.DECOMDate.IsZero() || e.DECDate.IsZero() {
						continue
					}
					if i == last {
						if e.REC == "X1" {
							c.Flag(Episodes, i)
						}
						continue
					}
					next := c.R.Episodes[rows[n+1]].DECOMDate
					if (e.REC == "X1" && e.DECDate != next) || (e.REC != "X1" && e.REC != "" && e.DECDate == next) {
						c.Flag(Episodes, i)
					}
				}
			}
		}},
		&Rule{Code: "431", Check: func(c *Check) {
			// A new period of care (S) cannot start on or before the day the previous episode ended.
			for _, rows := range c.R.ix().episodes {
				for n := 1; n < len(rows); n++ {
					e, prev := &c.R.Episodes[rows[n]], &c.R.Episodes[rows[n-1]]
					if e.RNE == "S" && !e.DECOMDate.IsZero() && !prev.DECDate.IsZero() && !e.DECOMDate.After(prev.DECDate) {
						c.Flag(Episodes, rows[n])
					}
				}
			}
		}},
		&Rule{Code: "432", Check: func(c *Check) {
			// After an episode that ended the period of care, the next episode starts a new one (S).
			for _, rows := range c.R.ix().episodes {
				for n := 1; n < len(rows); n++ {
					rec := c.R.Episodes[rows[n-1]].REC
					if rec == "X1" || rec == "" || c.R.Episodes[rows[n]].RNE == "S" {
						continue
					}
					if oneOf(rec, leftCareReasons...) {
						c.Flag(Episodes, rows[n])
					}
				}
			}
		}},
		&Rule{Code: "433", Check: func(c *Check) {
			// A continuation episode (P, L, T, U, B) starts the day the previous episode ended.
			for _, rows := range c.R.ix().episodes {
				for n := 1; n < len(rows); n++ {
					e, prev := &c.R.Episodes[rows[n]], &c.R.Episodes[rows[n-1]]
					if oneOf(e.RNE, "P", "L", "T", "U", "B") && (e.DECOMDate.IsZero() || prev.DECDate.IsZero() || e.DECOMDate != prev.DECDate) {
						c.Flag(Episodes, rows[n])
					}
				}
			}
		}},
		&Rule{Code: "434", Check: func(c *Check) {
			// L: the legal status changed and the placement did not.
			flagChange(c, func(e *EpisodeRow) bool { return e.RNE == "L" }, func(lsChanged, placeChanged bool) bool {
				return !lsChanged || placeChanged
			})
		}},
		&Rule{Code: "435", Check: func(c *Check) {
			// P or T: the placement changed and the legal status did not.
			flagChange(c, func(e *EpisodeRow) bool { return e.RNE == "P" || e.RNE == "T" }, func(lsChanged, placeChanged bool) bool {
				return lsChanged || !placeChanged
			})
		}},
		&Rule{Code: "436", Check: func(c *Check) {
			// U or B: both the legal status and the placement changed.
			flagChange(c, func(e *EpisodeRow) bool { return e.RNE == "U" || e.RNE == "B" }, func(lsChanged, placeChanged bool) bool {
				return !lsChanged || !placeChanged
			})
		}},
		&Rule{Code: "437", Check: func(c *Check) {
			// Care ends for good when the child dies (E2) or reaches 18 (E15): no episode can follow.
			final := func(e *EpisodeRow) bool { return (e.REC == "E2" || e.REC == "E15") && !e.DECOMDate.IsZero() }
			forChildrenWith(c.R, final, func(_ string, rows []int) {
				for n := 0; n < len(rows)-1; n++ {
					if final(&c.R.Episodes[rows[n]]) {
						c.Flag(Episodes, rows[n])
					}
				}
			})
		}},
	)
}

// flagChange flags each episode (after a child's first) whose reason for a new episode is one of those
// selected and whose change from the previous episode is wrong for it: wrong is told whether the legal
// status changed and whether the placement did (its type, postcode, URN or provider).
func flagChange(c *Check, selected func(*EpisodeRow) bool, wrong func(lsChanged, placeChanged bool) bool) {
	for _, rows := range c.R.ix().episodes {
		for n := 1; n < len(rows); n++ {
			e, prev := &c.R.Episodes[rows[n]], &c.R.Episodes[rows[n-1]]
			if !selected(e) {
				continue
			}
			placeChanged := e.PLACE != prev.PLACE || e.PL_POST != prev.PL_POST || e.URN != prev.URN || e.PLACE_PROVIDER != prev.PLACE_PROVIDER
			if wrong(e.LS != prev.LS, placeChanged) {
				c.Flag(Episodes, rows[n])
			}
		}
	}
}
