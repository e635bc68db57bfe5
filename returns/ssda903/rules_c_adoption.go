package ssda903

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
