package ssda903

import "hearth"

// Rules 630 to 635: a child's previous permanence option (PrevPerm) before this period of care.

func init() {
	register(
		&Rule{Code: "630", Check: func(c *Check) {
			// A child starting a new period of care (RNE S) in the year has the previous permanence
			// option recorded: its code, and unless it is Z1 (none), the LA and date of the order.
			start := c.Start()
			if !c.R.Present[PrevPerm] {
				return
			}
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.RNE != "S" || e.DECOMDate.IsZero() || e.DECOMDate.Before(start) {
					continue
				}
				rows := c.R.ChildRows(PrevPerm, e.CHILD)
				missing := len(rows) == 0
				for _, j := range rows {
					p := &c.R.PrevPerm[j]
					missing = missing || p.PREV_PERM == "" || p.PREV_PERM != "Z1" && (p.LA_PERM == "" || p.DATE_PERM == "")
				}
				if missing {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "631", Check: func(c *Check) {
			for i := range c.R.PrevPerm {
				if p := c.R.PrevPerm[i].PREV_PERM; p != "" && !oneOf(p, "P1", "P2", "P3", "P4", "Z1") {
					c.Flag(PrevPerm, i)
				}
			}
		}},
		&Rule{Code: "632", Check: func(c *Check) {
			// The order's date is a date (parts may be ZZ when unknown) before the child's first episode.
			// Each child with previous permanence is taken once, at the first of its rows.
			for k := range c.R.PrevPerm {
				child := c.R.PrevPerm[k].CHILD
				if c.R.ChildRows(PrevPerm, child)[0] != k {
					continue
				}
				first := firstStartedEpisode(c.R, c.R.EpisodesOf(child))
				if first < 0 {
					continue
				}
				decom := c.R.Episodes[first].DECOMDate
				bad := false
				for _, j := range c.R.ChildRows(PrevPerm, child) {
					p := &c.R.PrevPerm[j]
					if p.DATE_PERM == "" {
						continue
					}
					if d, ok := permanenceDate(p.DATE_PERM); !ok || !d.Before(decom) {
						c.Flag(PrevPerm, j)
						bad = true
					}
				}
				if bad {
					c.Flag(Episodes, first)
				}
			}
		}},
		&Rule{Code: "633", Check: func(c *Check) {
			for i := range c.R.PrevPerm {
				if la := c.R.PrevPerm[i].LA_PERM; la != "" && !permanenceLAs.has(la) {
					c.Flag(PrevPerm, i)
				}
			}
		}},
		&Rule{Code: "634", Check: func(c *Check) {
			// Previous permanence is reported for children who started to be looked after on or after
			// 1 April 2016: a child whose latest episode began before then has none. (The DfE's validator
			// compares with the start of the collection year instead, which its message does not say.)
			// The child's episodes are flagged once, with their first row that gives any of it.
			since := hearth.NewDate(2016, 4, 1)
			given := func(p *PrevPermRow) bool { return p.PREV_PERM != "" || p.LA_PERM != "" || p.DATE_PERM != "" }
			for i := range c.R.PrevPerm {
				p := &c.R.PrevPerm[i]
				if !given(p) {
					continue
				}
				rows := c.R.EpisodesOf(p.CHILD)
				latest := lastStarted(c.R, rows)
				if latest < 0 || !c.R.Episodes[latest].DECOMDate.Before(since) {
					continue
				}
				c.Flag(PrevPerm, i)
				first := true
				for _, k := range c.R.ChildRows(PrevPerm, p.CHILD) {
					if k < i && given(&c.R.PrevPerm[k]) {
						first = false
						break
					}
				}
				if first {
					for _, j := range rows {
						c.Flag(Episodes, j)
					}
				}
			}
		}},
		&Rule{Code: "635", Check: func(c *Check) {
			// The LA and date of an order are given only with a previous permanence option: not with Z1
			// (none), which the DfE's message names, nor with no option at all, which its validator
			// checks.
			for i := range c.R.PrevPerm {
				if p := &c.R.PrevPerm[i]; (p.LA_PERM != "" || p.DATE_PERM != "") && (p.PREV_PERM == "" || p.PREV_PERM == "Z1") {
					c.Flag(PrevPerm, i)
				}
			}
		}},
	)
}
