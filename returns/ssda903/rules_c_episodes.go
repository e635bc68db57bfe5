package ssda903

// Rules 501 to 504 and the other episode rules of codes 501 to 635: how a child's episodes follow one
// another, and how they agree with last year's return.

func init() {
	register(
		&Rule{Code: "501", Check: func(c *Check) {
			// Taken by start date, each episode must start on or after the end of the one before it.
			for _, rows := range c.R.ix().episodes {
				for k := 1; k < len(rows); k++ {
					if datesBefore(c.R.Episodes[rows[k]].DECOMDate, c.R.Episodes[rows[k-1]].DECDate) {
						c.Flag(Episodes, rows[k])
					}
				}
			}
		}},
		&Rule{Code: "502", Needs: NeedsPrevious, Check: func(c *Check) {
			// Each of last year's open episodes (no DEC) must have started on the day this year's first
			// episode started.
			for _, p := range withLastYear(c) {
				start := c.R.Episodes[p.first].DECOMDate
				for _, j := range p.prev {
					e := &c.Previous.Episodes[j]
					if e.DEC == "" && e.DECOMDate != start {
						c.Flag(Episodes, p.first)
						break
					}
				}
			}
		}},
		sameAsLastOpen("503A", func(e *EpisodeRow) string { return e.RNE }),
		sameAsLastOpen("503B", func(e *EpisodeRow) string { return e.LS }),
		sameAsLastOpen("503C", func(e *EpisodeRow) string { return e.CIN }),
		sameAsLastOpen("503D", func(e *EpisodeRow) string { return e.PLACE }),
		sameAsLastOpen("503E", func(e *EpisodeRow) string { return e.PLACE_PROVIDER }),
		sameAsLastOpen("503F", func(e *EpisodeRow) string { return e.URN }),
		// The distance, placement LA and placement location are worked out from postcodes.
		&Rule{Code: "503G", Needs: NeedsPostcodes, Check: func(c *Check) {}},
		&Rule{Code: "503H", Needs: NeedsPostcodes, Check: func(c *Check) {}},
		&Rule{Code: "503J", Needs: NeedsPostcodes, Check: func(c *Check) {}},
		&Rule{Code: "504", Check: func(c *Check) {
			// An episode that carries on straight from the one before it (which ended X1, a change of
			// placement or legal status only, on the day this one started) keeps its category of need.
			for _, rows := range c.R.ix().episodes {
				for k := 1; k < len(rows); k++ {
					e, prev := &c.R.Episodes[rows[k]], &c.R.Episodes[rows[k-1]]
					if prev.REC == "X1" && !e.DECOMDate.IsZero() && prev.DECDate == e.DECOMDate && e.CIN != prev.CIN {
						c.Flag(Episodes, rows[k])
					}
				}
			}
		}},
	)
}

// sameAsLastOpen is a rule of the 503 family: when last year's latest episode of a child was still open
// (no DEC), this year's first episode must carry the same value of one field. For 2024/25 only, the
// DfE allows a placement that was H5 last year to be K3 this year (the new code for such placements).
func sameAsLastOpen(code string, field func(*EpisodeRow) string) *Rule {
	return &Rule{Code: code, Needs: NeedsPrevious, Check: func(c *Check) {
		for _, p := range withLastYear(c) {
			if p.last < 0 {
				continue
			}
			e, prev := &c.R.Episodes[p.first], &c.Previous.Episodes[p.last]
			if !prev.DECDate.IsZero() || field(e) == field(prev) {
				continue
			}
			if code == "503D" && c.Year == 2025 && e.PLACE == "K3" && prev.PLACE == "H5" {
				continue
			}
			c.Flag(Episodes, p.first)
		}
	}}
}

// Rules 516 to 550: the placement and its provider.
func init() {
	register(
		&Rule{Code: "516", Check: func(c *Check) {
			// Leaving care to stay with former foster carers (E45, E46) follows a placement with them.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; oneOf(e.REC, "E45", "E46") && !oneOf(e.PLACE, "U1", "U2", "U3", "U4", "U5", "U6") {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "526", Check: func(c *Check) {
			// Every placement but a temporary one (and, until 2024/25, Z1, then Z11 to Z14 from 2025/26)
			// has a provider.
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.PLACE_PROVIDER != "" || oneOf(e.PLACE, "T0", "T1", "T2", "T3", "T4") {
					continue
				}
				if c.Year <= 2025 && e.PLACE == "Z1" || c.Year >= 2026 && oneOf(e.PLACE, "Z11", "Z12", "Z13", "Z14") {
					continue
				}
				c.Flag(Episodes, i)
			}
		}},
		providerNotWith("527", "PR1", "P1", "R2", "R5"),
		providerNotWith("528", "PR2", "P1", "R2", "R5"),
		providerNotWith("529", "PR3", "P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"),
		providerNotWith("530", "PR4", "P1"),
		providerNotWith("531", "PR5", "P1"),
		&Rule{Code: "550", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.PLACE_PROVIDER == "PR0" && e.PLACE != "P1" {
					c.Flag(Episodes, i)
				}
			}
		}},
	)
}

// providerNotWith is a rule that a placement provider is never recorded with any of the placements
// given.
func providerNotWith(code, provider string, places ...string) *Rule {
	set := newCodeSet(places...)
	return &Rule{Code: code, Check: func(c *Check) {
		for i := range c.R.Episodes {
			if e := &c.R.Episodes[i]; e.PLACE_PROVIDER == provider && set.has(e.PLACE) {
				c.Flag(Episodes, i)
			}
		}
	}}
}
