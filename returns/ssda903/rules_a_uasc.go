package ssda903

// The rules about the UASC table on its own: the date a child stopped being an unaccompanied
// asylum-seeking child.

func init() {
	register(
		&Rule{Code: "104", Check: func(c *Check) {
			// A DUC before the year began belongs to an earlier return: the child was no longer UASC
			// for any of this year, so the date cannot be right for this return.
			for i := range c.R.UASC {
				u := &c.R.UASC[i]
				if notADate(u.DUC, u.DUCDate) || (!u.DUCDate.IsZero() && u.DUCDate.Before(c.Start())) {
					c.Flag(UASC, i)
				}
			}
		}},
	)
}
