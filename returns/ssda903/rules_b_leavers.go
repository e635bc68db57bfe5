package ssda903

// The rules about care leavers (OC3) on their own: 344 to 348 and 391.

func init() {
	register(
		&Rule{Code: "344", Check: func(c *Check) {
			// A young person who died or went home to their parents has no activity or accommodation
			// to report: both must be 0 (a blank is not 0).
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if (o.IN_TOUCH == "DIED" || o.IN_TOUCH == "RHOM") && (o.ACTIV != "0" || o.ACCOM != "0") {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "345", Check: func(c *Check) {
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.IN_TOUCH == "YES" && (o.ACTIV == "0" || o.ACCOM == "0") {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "347", Check: func(c *Check) {
			// ACCOM T is a Foyer or similar supported accommodation, for those 18 or over at the start of
			// the year.
			start := c.Start()
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.ACCOM == "T" && !o.DOBDate.IsZero() && birthday(o.DOBDate, 18).After(start) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "348", Needs: NeedsPrevious, Check: func(c *Check) {
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.IN_TOUCH == "DIED" {
					continue
				}
				for _, k := range c.Previous.ChildRows(OC3, o.CHILD) {
					if c.Previous.OC3[k].IN_TOUCH == "DIED" {
						c.Flag(OC3, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "391", Check: func(c *Check) {
			// The OC3 cohort is those who turn 17 to 21 in the year: anyone still under 17 at the year end,
			// or already 22 at its start, has no care leaver data to report.
			start, end := c.Start(), c.End()
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.DOBDate.IsZero() || (o.IN_TOUCH == "" && o.ACTIV == "" && o.ACCOM == "") {
					continue
				}
				if birthday(o.DOBDate, 17).After(end) || !birthday(o.DOBDate, 22).After(start) {
					c.Flag(OC3, i)
				}
			}
		}},
	)
}
