package ssda903

// The rules about care leavers (OC3) on their own: 344 to 348.

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
	)
}
