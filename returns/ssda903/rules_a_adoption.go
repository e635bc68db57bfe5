package ssda903

import "hearth"

// The rules about adoption: the AD1 table (a child adopted in the year) and the PlacedAdoption table (the
// decision that a child should be placed for adoption, and its reversal).

func init() {
	register(
		&Rule{Code: "112", Check: func(c *Check) {
			for i := range c.R.AD1 {
				if notADate(c.R.AD1[i].DATE_INT, c.R.AD1[i].DATE_INTDate) {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "113", Check: func(c *Check) {
			for i := range c.R.AD1 {
				if notADate(c.R.AD1[i].DATE_MATCH, c.R.AD1[i].DATE_MATCHDate) {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "114", Check: func(c *Check) {
			for i := range c.R.AD1 {
				if notBinary(c.R.AD1[i].FOSTER_CARE) {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "115", Check: func(c *Check) {
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if notADate(p.DATE_PLACED, p.DATE_PLACEDDate) {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "116", Check: func(c *Check) {
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if notADate(p.DATE_PLACED_CEASED, p.DATE_PLACED_CEASEDDate) {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "117", Check: check117},
		&Rule{Code: "118", Check: check118},
		&Rule{Code: "119", Check: func(c *Check) {
			// The date and the reason of a reversal come together or not at all.
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if (p.DATE_PLACED_CEASED == "") != (p.REASON_PLACED_CEASED == "") {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "120", Check: func(c *Check) {
			for i := range c.R.PlacedAdoption {
				if r := c.R.PlacedAdoption[i].REASON_PLACED_CEASED; r != "" && !oneOf(r, "RD1", "RD2", "RD3", "RD4") {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "151", Check: func(c *Check) {
			// The adoption's six items are given together or not at all.
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				all := a.DATE_INT != "" && a.DATE_MATCH != "" && a.FOSTER_CARE != "" && a.NB_ADOPTR != "" && a.SEX_ADOPTR != "" && a.LS_ADOPTR != ""
				if a.hasData() && !all {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "175", Check: func(c *Check) { flagAD1Code(c, func(a *AD1Row) string { return a.NB_ADOPTR }, "1", "2") }},
		&Rule{Code: "176", Check: func(c *Check) {
			flagAD1Code(c, func(a *AD1Row) string { return a.SEX_ADOPTR }, "M1", "F1", "MM", "FF", "MF")
		}},
		&Rule{Code: "177", Check: func(c *Check) {
			flagAD1Code(c, func(a *AD1Row) string { return a.LS_ADOPTR }, "L0", "L11", "L12", "L2", "L3", "L4")
		}},
		&Rule{Code: "184", Check: func(c *Check) {
			// The DfE's validator also flags a decision whose child has no Header row or no valid date of
			// birth; those are for the rules about the Header, so Hearth compares known dates only.
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if p.DATE_PLACEDDate.IsZero() {
					continue
				}
				if h, ok := c.R.HeaderOf(p.CHILD); ok && !h.DOBDate.IsZero() && p.DATE_PLACEDDate.Before(h.DOBDate) {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
	)
}

// flagAD1Code flags each adoption whose value of a coded field is present but not one of the codes.
func flagAD1Code(c *Check, field func(*AD1Row) string, codes ...string) {
	for i := range c.R.AD1 {
		if v := field(&c.R.AD1[i]); v != "" && !oneOf(v, codes...) {
			c.Flag(AD1, i)
		}
	}
}

// check117 flags adoption decisions (or their reversals) dated after the year or after the child's care
// ended. The end of care is the DEC of the child's latest episode that did not end in a change within
// care (REC X1); the rule flags both that episode and the decision.
func check117(c *Check) {
	end := c.End()
	for j := range c.R.PlacedAdoption {
		child := c.R.PlacedAdoption[j].CHILD
		pas := c.R.ChildRows(PlacedAdoption, child)
		if pas[0] != j {
			continue // the child's decisions are checked together, at the first
		}
		last := -1
		eps := c.R.EpisodesOf(child)
		for k := len(eps) - 1; k >= 0; k-- {
			if e := &c.R.Episodes[eps[k]]; !e.DECOMDate.IsZero() && e.REC != "X1" {
				last = eps[k]
				break
			}
		}
		if last < 0 {
			continue
		}
		dec := c.R.Episodes[last].DECDate
		flagged := false
		for _, i := range pas {
			p := &c.R.PlacedAdoption[i]
			late := false
			for _, d := range [2]hearth.Date{p.DATE_PLACEDDate, p.DATE_PLACED_CEASEDDate} {
				if !d.IsZero() && (d.After(end) || (!dec.IsZero() && d.After(dec))) {
					late = true
				}
			}
			if late {
				c.Flag(PlacedAdoption, i)
				if !flagged {
					c.Flag(Episodes, last)
					flagged = true
				}
			}
		}
	}
}

// check118 flags reversals of an adoption decision dated before the year began or before the child
// started to be looked after: the DECOM of the child's earliest episode with a legal status other than
// V3 or V4 (short breaks, which are not being looked after in the full sense). It flags that episode too.
func check118(c *Check) {
	start := c.Start()
	for j := range c.R.PlacedAdoption {
		child := c.R.PlacedAdoption[j].CHILD
		pas := c.R.ChildRows(PlacedAdoption, child)
		if pas[0] != j {
			continue
		}
		first := -1
		for _, k := range c.R.EpisodesOf(child) {
			if e := &c.R.Episodes[k]; !e.DECOMDate.IsZero() && e.LS != "V3" && e.LS != "V4" {
				first = k
				break
			}
		}
		if first < 0 {
			continue
		}
		decom := c.R.Episodes[first].DECOMDate
		flagged := false
		for _, i := range pas {
			d := c.R.PlacedAdoption[i].DATE_PLACED_CEASEDDate
			if !d.IsZero() && (d.Before(decom) || d.Before(start)) {
				c.Flag(PlacedAdoption, i)
				if !flagged {
					c.Flag(Episodes, first)
					flagged = true
				}
			}
		}
	}
}
