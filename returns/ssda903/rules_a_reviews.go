package ssda903

// The rules about the Reviews table: each statutory review's date and how the child took part.

func init() {
	register(
		&Rule{Code: "166", Check: func(c *Check) {
			for i := range c.R.Reviews {
				if c.R.Reviews[i].REVIEWDate.IsZero() {
					c.Flag(Reviews, i)
				}
			}
		}},
		&Rule{Code: "167", Check: func(c *Check) {
			// A review has a participation code, and a row with no review has none.
			for i := range c.R.Reviews {
				r := &c.R.Reviews[i]
				ok := (r.REVIEW != "" && oneOf(r.REVIEW_CODE, "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")) ||
					(r.REVIEW == "" && r.REVIEW_CODE == "")
				if !ok {
					c.Flag(Reviews, i)
				}
			}
		}},
	)
}
