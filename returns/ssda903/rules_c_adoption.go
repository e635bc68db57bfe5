package ssda903

import "hearth"

// Rules 511 to 525 and the other adoption rules of codes 501 to 635: the adopters (AD1), the decisions
// that a child should be placed for adoption (PlacedAdoption) and how they agree with the episodes.

func init() {
	register(
		&Rule{Code: "511", Check: func(c *Check) {
			for i := range c.R.AD1 {
				if a := &c.R.AD1[i]; a.NB_ADOPTR == "2" && oneOf(a.SEX_ADOPTR, "M1", "F1") {
					c.Flag(AD1, i)
				}
			}
		}},
		adopterSexes("514", "L0", "M1", "F1"),
		adopterSexes("517", "L3", "MF"),
		adopterSexes("518", "L4", "MM", "FF"),
		adopterSexes("519", "L2", "MM", "FF", "MF"),
		adopterSexes("520", "L11", "MF"),
		&Rule{Code: "521", Check: func(c *Check) {
			// The decision that adoption is in the child's best interests comes on or before every
			// placement for adoption (A3 to A6).
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				late := false
				for _, j := range c.R.EpisodesOf(a.CHILD) {
					e := &c.R.Episodes[j]
					if oneOf(e.PLACE, "A3", "A4", "A5", "A6") && datesBefore(e.DECOMDate, a.DATE_INTDate) {
						c.Flag(Episodes, j)
						late = true
					}
				}
				if late {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "522", Check: func(c *Check) {
			for i := range c.R.PlacedAdoption {
				if p := &c.R.PlacedAdoption[i]; datesBefore(p.DATE_PLACED_CEASEDDate, p.DATE_PLACEDDate) {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "523", Check: func(c *Check) {
			// Where both are known, the decision to place for adoption is the same day as the decision
			// that adoption is in the child's best interests.
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if p.DATE_PLACEDDate.IsZero() {
					continue
				}
				for _, j := range c.R.ChildRows(AD1, p.CHILD) {
					if a := &c.R.AD1[j]; !a.DATE_INTDate.IsZero() && a.DATE_INTDate != p.DATE_PLACEDDate {
						c.Flag(PlacedAdoption, i)
						c.Flag(AD1, j)
					}
				}
			}
		}},
		adopterSexes("524", "L12", "MM", "FF"),
		&Rule{Code: "525", Check: func(c *Check) {
			// A child whose decision to place for adoption was reversed has no adoption (AD1) details.
			for i := range c.R.PlacedAdoption {
				if c.R.PlacedAdoption[i].DATE_PLACED_CEASED == "" {
					continue
				}
				for _, j := range c.R.ChildRows(AD1, c.R.PlacedAdoption[i].CHILD) {
					a := &c.R.AD1[j]
					if a.DATE_INT != "" || a.DATE_MATCH != "" || a.FOSTER_CARE != "" || a.NB_ADOPTR != "" || a.SEX_ADOPTR != "" || a.LS_ADOPTR != "" {
						c.Flag(PlacedAdoption, i)
						c.Flag(AD1, j)
					}
				}
			}
		}},
	)
}

// adopterSexes is a rule that adopters of one legal status (LS_ADOPTR) have one of the sexes given
// (SEX_ADOPTR): a single adopter (L0) is M1 or F1, a couple one of MM, FF or MF.
func adopterSexes(code, status string, sexes ...string) *Rule {
	return &Rule{Code: code, Check: func(c *Check) {
		for i := range c.R.AD1 {
			if a := &c.R.AD1[i]; a.LS_ADOPTR == status && !oneOf(a.SEX_ADOPTR, sexes...) {
				c.Flag(AD1, i)
			}
		}
	}}
}

// Rules 551 to 558: the decisions to place for adoption against the placements and placement orders.
func init() {
	register(
		&Rule{Code: "551", Check: func(c *Check) {
			// A placement for adoption needs a decision date on every decision row of the child (and at
			// least one row). Without the PlacedAdoption table there is nothing to check against.
			if !c.R.Present[PlacedAdoption] {
				return
			}
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if !adoptionPlacement(e.PLACE) {
					continue
				}
				rows := c.R.ChildRows(PlacedAdoption, e.CHILD)
				missing := len(rows) == 0
				for _, j := range rows {
					missing = missing || c.R.PlacedAdoption[j].DATE_PLACED == ""
				}
				if missing {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "552", Check: func(c *Check) {
			// The latest decision to place for adoption is on or before the first placement for adoption.
			// Each child with decisions is taken once, at the first of its decisions.
			for k := range c.R.PlacedAdoption {
				child := c.R.PlacedAdoption[k].CHILD
				if c.R.ChildRows(PlacedAdoption, child)[0] != k {
					continue
				}
				first := -1
				for _, i := range c.R.EpisodesOf(child) {
					if e := &c.R.Episodes[i]; adoptionPlacement(e.PLACE) && !e.DECOMDate.IsZero() {
						first = i
						break
					}
				}
				if first < 0 {
					continue
				}
				latest := -1
				for _, j := range c.R.ChildRows(PlacedAdoption, child) {
					d := c.R.PlacedAdoption[j].DATE_PLACEDDate
					if !d.IsZero() && (latest < 0 || d.After(c.R.PlacedAdoption[latest].DATE_PLACEDDate)) {
						latest = j
					}
				}
				if latest >= 0 && c.R.Episodes[first].DECOMDate.Before(c.R.PlacedAdoption[latest].DATE_PLACEDDate) {
					c.Flag(Episodes, first)
					c.Flag(PlacedAdoption, latest)
				}
			}
		}},
		&Rule{Code: "553", Check: func(c *Check) {
			// A placement order (LS E1) needs a decision to place for adoption; while the order's episode
			// is open, that decision has not been reversed.
			if !c.R.Present[PlacedAdoption] {
				return
			}
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.LS != "E1" {
					continue
				}
				rows := c.R.ChildRows(PlacedAdoption, e.CHILD)
				if len(rows) == 0 {
					c.Flag(Episodes, i)
				}
			}
			for j := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[j]
				if p.DATE_PLACED_CEASED == "" && p.REASON_PLACED_CEASED == "" {
					continue
				}
				for _, i := range c.R.EpisodesOf(p.CHILD) {
					if e := &c.R.Episodes[i]; e.LS == "E1" && e.DEC == "" {
						c.Flag(PlacedAdoption, j)
						break
					}
				}
			}
		}},
		&Rule{Code: "554", Check: func(c *Check) {
			// Each decision to place for adoption is on or before the first placement order (LS E1).
			// Each child with decisions is taken once, at the first of its decisions.
			for k := range c.R.PlacedAdoption {
				child := c.R.PlacedAdoption[k].CHILD
				if c.R.ChildRows(PlacedAdoption, child)[0] != k {
					continue
				}
				first := -1
				for _, i := range c.R.EpisodesOf(child) {
					if e := &c.R.Episodes[i]; e.LS == "E1" && !e.DECOMDate.IsZero() {
						first = i
						break
					}
				}
				if first < 0 {
					continue
				}
				late := false
				for _, j := range c.R.ChildRows(PlacedAdoption, child) {
					if datesBefore(c.R.Episodes[first].DECOMDate, c.R.PlacedAdoption[j].DATE_PLACEDDate) {
						c.Flag(PlacedAdoption, j)
						late = true
					}
				}
				if late {
					c.Flag(Episodes, first)
				}
			}
		}},
		&Rule{Code: "557", Check: func(c *Check) {
			// A child placed for adoption or under a placement order who left care other than by
			// adoption (or a change of placement) needs the reversal of the decision recorded in full.
			if !c.R.Present[PlacedAdoption] {
				return
			}
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if !leftCareNotAdopted(e) {
					continue
				}
				rows := c.R.ChildRows(PlacedAdoption, e.CHILD)
				incomplete := len(rows) == 0
				for _, j := range rows {
					incomplete = incomplete || reversalIncomplete(&c.R.PlacedAdoption[j])
				}
				if incomplete {
					c.Flag(Episodes, i)
				}
			}
			for j := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[j]
				if !reversalIncomplete(p) {
					continue
				}
				for _, i := range c.R.EpisodesOf(p.CHILD) {
					if leftCareNotAdopted(&c.R.Episodes[i]) {
						c.Flag(PlacedAdoption, j)
						break
					}
				}
			}
		}},
		&Rule{Code: "558", Check: func(c *Check) {
			// An adopted child (REC E11 or E12) has a decision to place for adoption that was not
			// reversed: when every one of the child's decisions has a reversal date, the adoption's
			// episode is flagged. (The DfE's validator counts reversal dates a year instead, which its own
			// test cannot run; this is the rule as its message gives it.)
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if !oneOf(e.REC, "E11", "E12") {
					continue
				}
				rows := c.R.ChildRows(PlacedAdoption, e.CHILD)
				reversed := len(rows) > 0
				for _, j := range rows {
					reversed = reversed && c.R.PlacedAdoption[j].DATE_PLACED_CEASED != ""
				}
				if reversed {
					c.Flag(Episodes, i)
				}
			}
		}},
	)
}

// Rule 563: a reversal needs the decision it reverses.
func init() {
	register(&Rule{Code: "563", Check: func(c *Check) {
		for i := range c.R.PlacedAdoption {
			if p := &c.R.PlacedAdoption[i]; p.REASON_PLACED_CEASED != "" && p.DATE_PLACED_CEASED != "" && p.DATE_PLACED == "" {
				c.Flag(PlacedAdoption, i)
			}
		}
	}})
}

// Rule 579: a child's decisions to place for adoption do not overlap.
func init() {
	register(&Rule{Code: "579", Check: func(c *Check) {
		p := c.R.PlacedAdoption
		rows := rowsByChildAndDates(len(p), func(i int) string { return p[i].CHILD }, func(i int) (hearth.Date, hearth.Date) {
			return p[i].DATE_PLACEDDate, hearth.Date{}
		})
		for k := 1; k < len(rows); k++ {
			cur, prev := &p[rows[k]], &p[rows[k-1]]
			if cur.CHILD == prev.CHILD && (prev.DATE_PLACED_CEASEDDate.IsZero() || datesBefore(cur.DATE_PLACEDDate, prev.DATE_PLACED_CEASEDDate)) {
				c.Flag(PlacedAdoption, rows[k])
			}
		}
	}})
}

// Rules 582 to 602: adoption against the matching date, several decisions, last year's decisions and
// the episodes that show an adoption.
func init() {
	register(
		&Rule{Code: "582", Check: func(c *Check) {
			// A query: an adoption (E11, E12) on the very day the child was matched with the adopters.
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if !oneOf(e.REC, "E11", "E12") || e.DECDate.IsZero() {
					continue
				}
				for _, j := range c.R.ChildRows(AD1, e.CHILD) {
					if c.R.AD1[j].DATE_MATCHDate == e.DECDate {
						c.Flag(Episodes, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "583", Check: func(c *Check) {
			// Of a child's decisions, only the latest may be still standing (no DATE_PLACED_CEASED).
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if p.DATE_PLACED_CEASED != "" {
					continue
				}
				rows := c.R.ChildRows(PlacedAdoption, p.CHILD)
				latest, open := -1, 0
				for _, j := range rows {
					q := &c.R.PlacedAdoption[j]
					if d := q.DATE_PLACEDDate; !d.IsZero() && (latest < 0 || d.After(c.R.PlacedAdoption[latest].DATE_PLACEDDate)) {
						latest = j
					}
					if q.DATE_PLACED_CEASED == "" {
						open++
					}
				}
				if latest < 0 {
					latest = rows[0]
				}
				if open > 1 || latest != i {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "584", Needs: NeedsPrevious, Check: func(c *Check) {
			// After last year's decision was reversed, this year's decision is a new one: later than
			// last year's, and given. (The DfE's validator means this, but picks its rows by the position
			// in a merged table rather than the row, which its own test does not notice.)
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				for _, j := range c.Previous.ChildRows(PlacedAdoption, p.CHILD) {
					last := &c.Previous.PlacedAdoption[j]
					if last.DATE_PLACED_CEASED == "" && last.REASON_PLACED_CEASED == "" {
						continue
					}
					if p.DATE_PLACEDDate.IsZero() || !last.DATE_PLACEDDate.IsZero() && !p.DATE_PLACEDDate.After(last.DATE_PLACEDDate) {
						c.Flag(PlacedAdoption, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "601", Check: func(c *Check) {
			// A child adopted in the year (E11, E12) has every adoption item completed.
			start, end := c.Start(), c.End()
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if a.DATE_INT != "" && a.DATE_MATCH != "" && a.FOSTER_CARE != "" && a.NB_ADOPTR != "" && a.SEX_ADOPTR != "" && a.LS_ADOPTR != "" {
					continue
				}
				adopted := false
				for _, j := range c.R.EpisodesOf(a.CHILD) {
					if adoptedInYear(&c.R.Episodes[j], start, end) {
						c.Flag(Episodes, j)
						adopted = true
					}
				}
				if adopted {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "602", Check: func(c *Check) {
			// Adoption details belong to a child adopted in the year.
			if !c.R.Present[Episodes] {
				return
			}
			start, end := c.Start(), c.End()
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if a.DATE_INT == "" && a.DATE_MATCH == "" && a.FOSTER_CARE == "" && a.NB_ADOPTR == "" && a.SEX_ADOPTR == "" && a.LS_ADOPTR == "" {
					continue
				}
				adopted := false
				for _, j := range c.R.EpisodesOf(a.CHILD) {
					adopted = adopted || adoptedInYear(&c.R.Episodes[j], start, end)
				}
				if !adopted {
					c.Flag(AD1, i)
				}
			}
		}},
	)
}

// adoptedInYear says whether an episode ended with the child's adoption between start and end, the
// collection year.
func adoptedInYear(e *EpisodeRow, start, end hearth.Date) bool {
	return oneOf(e.REC, "E11", "E12") && dateWithin(e.DECDate, start, end)
}

// leftCareNotAdopted says whether an episode of a child placed for adoption (A3 to A6) or under a
// placement order (LS E1) ended the child's care other than by adoption (E11, E12).
func leftCareNotAdopted(e *EpisodeRow) bool {
	return (adoptionPlacement(e.PLACE) || e.LS == "E1") && e.REC != "" && !oneOf(e.REC, "E11", "E12", "X1")
}

// reversalIncomplete says whether a decision to place for adoption lacks its reversal's date or reason.
func reversalIncomplete(p *PlacedAdoptionRow) bool {
	return p.DATE_PLACED_CEASED == "" || p.REASON_PLACED_CEASED == ""
}
