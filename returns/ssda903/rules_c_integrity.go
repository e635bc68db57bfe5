package ssda903

// The integrity checks: every child of a table is in the Header, repeats the Header's date of birth and
// sex, and appears once in the tables that hold one row a child; EPI, a child with no episodes; and NoE,
// a child in care before this year with no episodes last year.

func init() {
	register(
		&Rule{Code: "EPI", Check: func(c *Check) {
			// A warning: a child in the Header has no episodes, and is not a care leaver (OC3) either.
			for i := range c.R.Header {
				child := c.R.Header[i].CHILD
				if len(c.R.EpisodesOf(child)) == 0 && len(c.R.ChildRows(OC3, child)) == 0 {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "NoE", Needs: NeedsPrevious, Check: func(c *Check) {
			start := c.Start()
			if !c.Previous.Present[Episodes] {
				return
			}
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if !e.DECOMDate.IsZero() && e.DECOMDate.Before(start) && len(c.Previous.EpisodesOf(e.CHILD)) == 0 {
					c.Flag(Episodes, i)
				}
			}
		}},
		inHeader("INT01", AD1), inHeader("INT02", PlacedAdoption), inHeader("INT03", Episodes),
		inHeader("INT04", Missing), inHeader("INT05", OC2), inHeader("INT06", OC3), inHeader("INT07", PrevPerm),
		inHeader("INT08", Reviews), inHeader("INT09", UASC),
		sameDOB("INT11", AD1), sameDOB("INT12", PlacedAdoption), sameDOB("INT13", Missing), sameDOB("INT14", OC2),
		sameDOB("INT15", OC3), sameDOB("INT16", PrevPerm), sameDOB("INT17", Reviews), sameDOB("INT18", UASC),
		&Rule{Code: "INT21", Check: func(c *Check) {
			// Where both are given, the UASC table's sex is the Header's.
			for i := range c.R.UASC {
				u := &c.R.UASC[i]
				if u.SEX == "" {
					continue
				}
				for _, j := range c.R.ChildRows(Header, u.CHILD) {
					if h := &c.R.Header[j]; h.SEX != "" && h.SEX != u.SEX {
						c.Flag(UASC, i)
						break
					}
				}
			}
		}},
		onceAChild("INT31", AD1), onceAChild("INT32", Header), onceAChild("INT33", OC2), onceAChild("INT34", OC3),
		onceAChild("INT35", PrevPerm), onceAChild("INT36", UASC),
	)
}

// inHeader is a rule that every child of table t is in the Header.
func inHeader(code string, t Table) *Rule {
	return &Rule{Code: code, Check: func(c *Check) {
		if !c.R.Present[Header] {
			return
		}
		for i, n := 0, c.R.Len(t); i < n; i++ {
			if _, ok := c.R.HeaderOf(c.R.Child(t, i)); !ok {
				c.Flag(t, i)
			}
		}
	}}
}

// sameDOB is a rule that, where both are valid dates, the date of birth table t repeats is the one in
// the child's Header.
func sameDOB(code string, t Table) *Rule {
	return &Rule{Code: code, Check: func(c *Check) {
		for i, n := 0, c.R.Len(t); i < n; i++ {
			dob := rowDOB(c.R, t, i)
			if dob.IsZero() {
				continue
			}
			for _, j := range c.R.ChildRows(Header, c.R.Child(t, i)) {
				if h := c.R.Header[j].DOBDate; !h.IsZero() && h != dob {
					c.Flag(t, i)
					break
				}
			}
		}
	}}
}

// onceAChild is a rule that a child has at most one row in table t: every row of a child with more is
// flagged.
func onceAChild(code string, t Table) *Rule {
	return &Rule{Code: code, Check: func(c *Check) {
		for i, n := 0, c.R.Len(t); i < n; i++ {
			if len(c.R.ChildRows(t, c.R.Child(t, i))) > 1 {
				c.Flag(t, i)
			}
		}
	}}
}
