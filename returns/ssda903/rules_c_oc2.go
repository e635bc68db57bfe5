package ssda903

// Rules 542 to 547: the outcomes (OC2) of children looked after for 12 months at 31 March, their
// convictions and, for the under-fives, health promotion. The rules that ask whether a child is in that
// cohort take the answers rules_a works out once a return (forCohort), and so ask nothing without the
// Episodes table.

func init() {
	register(
		&Rule{Code: "542", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.CONVICTED != "" && ageBefore(o.DOBDate, 10, end) {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "543", Check: func(c *Check) {
			// Aged 10 on the day before 31 March or earlier (the DfE's validator counts a tenth birthday
			// on 31 March itself as under 10).
			end := c.End()
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if cla && o.CONVICTED == "" && !o.DOBDate.IsZero() && birthday(o.DOBDate, 10).Before(end) {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "544", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.CONVICTED == "1" && healthItemMissing(o) {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "545", Check: func(c *Check) {
			end := c.End()
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if cla && o.HEALTH_CHECK == "" && ageBefore(o.DOBDate, 5, end) {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "546", Check: func(c *Check) {
			end := c.End()
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if cla && o.HEALTH_CHECK != "" && !o.DOBDate.IsZero() && !ageBefore(o.DOBDate, 5, end) {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "547", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.HEALTH_CHECK == "1" && healthItemMissing(o) {
					c.Flag(OC2, i)
				}
			}
		}},
	)
}

// healthItemMissing says whether any of immunisations, teeth check, health assessment or substance
// misuse is blank.
func healthItemMissing(o *OC2Row) bool {
	return o.IMMUNISATIONS == "" || o.TEETH_CHECK == "" || o.HEALTH_ASSESSMENT == "" || o.SUBSTANCE_MISUSE == ""
}
