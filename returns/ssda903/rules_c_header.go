package ssda903

// Rules 607 to 628: motherhood (MOTHER and the first child's date of birth MC_DOB in the Header).

func init() {
	register(
		&Rule{Code: "607", Check: func(c *Check) {
			// A girl who left care in the year (not from short breaks, V3 or V4) has MOTHER completed.
			start, end := c.Start(), c.End()
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.SEX != "F" || h.MOTHER != "" {
					continue
				}
				left := false
				for _, j := range c.R.EpisodesOf(h.CHILD) {
					e := &c.R.Episodes[j]
					if e.REC != "" && e.REC != "X1" && !oneOf(e.LS, "V3", "V4") && dateWithin(e.DECDate, start, end) {
						c.Flag(Episodes, j)
						left = true
					}
				}
				if left {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "611", Check: func(c *Check) {
			for i := range c.R.Header {
				if h := &c.R.Header[i]; h.MOTHER == "1" && h.MC_DOB == "" {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "612", Check: func(c *Check) {
			for i := range c.R.Header {
				if h := &c.R.Header[i]; h.SEX == "F" && (h.MOTHER == "0" || h.MOTHER == "") && h.MC_DOB != "" {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "620", Check: func(c *Check) {
			// A mother is 11 or over at the start of the year.
			start := c.Start()
			for i := range c.R.Header {
				if h := &c.R.Header[i]; h.MOTHER == "1" && ageBefore(h.DOBDate, 11, start) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "621", Check: func(c *Check) {
			for i := range c.R.Header {
				if h := &c.R.Header[i]; !h.MC_DOBDate.IsZero() && !h.DOBDate.IsZero() && !h.MC_DOBDate.After(h.DOBDate) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "624", Needs: NeedsPrevious, Check: func(c *Check) {
			// The first child's date of birth, once reported, stays the same.
			for i := range c.R.Header {
				h := &c.R.Header[i]
				for _, j := range c.Previous.ChildRows(Header, h.CHILD) {
					if last := &c.Previous.Header[j]; last.MC_DOB != "" && last.MC_DOB != h.MC_DOB {
						c.Flag(Header, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "625", Check: func(c *Check) {
			// The first child was born by the end of the year and, when the mother has left care (her
			// latest episode has ended other than by a change of placement), by the day she left. (The
			// DfE's validator compares with the latest end of any episode, which flags a mother still in
			// care whose child was born after a change of placement.)
			end := c.End()
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.MC_DOBDate.IsZero() {
					continue
				}
				last := lastStarted(c.R, c.R.EpisodesOf(h.CHILD))
				left := last >= 0 && !c.R.Episodes[last].DECDate.IsZero() && c.R.Episodes[last].REC != "X1"
				switch {
				case left && h.MC_DOBDate.After(c.R.Episodes[last].DECDate):
					c.Flag(Header, i)
					c.Flag(Episodes, last)
				case h.MC_DOBDate.After(end):
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "626", Needs: NeedsPrevious, Check: func(c *Check) {
			// A girl who was not a mother last year cannot have had her first child before this year.
			start := c.Start()
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.MOTHER != "1" || h.MC_DOBDate.IsZero() || !h.MC_DOBDate.Before(start) {
					continue
				}
				for _, j := range c.Previous.ChildRows(Header, h.CHILD) {
					if c.Previous.Header[j].MOTHER == "0" {
						c.Flag(Header, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "628", Check: func(c *Check) {
			// A care leaver (OC3) not looked after in the year (no episodes) has no MOTHER.
			if !c.R.Present[Episodes] {
				return
			}
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.MOTHER == "" || len(c.R.EpisodesOf(h.CHILD)) > 0 {
					continue
				}
				for _, j := range c.R.ChildRows(OC3, h.CHILD) {
					if o := &c.R.OC3[j]; o.IN_TOUCH != "" || o.ACTIV != "" || o.ACCOM != "" {
						c.Flag(Header, i)
						break
					}
				}
			}
		}},
	)
}
