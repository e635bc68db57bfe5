package ssda903

import "hearth"

// Rules 564 to 586: the periods a child was missing (M) or away from placement without authorisation (A).

func init() {
	register(
		&Rule{Code: "564", Check: func(c *Check) {
			for i := range c.R.Missing {
				if m := &c.R.Missing[i]; oneOf(m.MISSING, "M", "A", "m", "a") && m.MIS_START == "" {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "565", Check: func(c *Check) {
			for i := range c.R.Missing {
				if m := &c.R.Missing[i]; m.MISSING == "" && m.MIS_START != "" {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "566", Check: func(c *Check) {
			for i := range c.R.Missing {
				if m := &c.R.Missing[i]; m.MISSING == "" && m.MIS_END != "" {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "567", Check: func(c *Check) {
			for i := range c.R.Missing {
				if m := &c.R.Missing[i]; datesBefore(m.MIS_ENDDate, m.MIS_STARTDate) {
					c.Flag(Missing, i)
				}
			}
		}},
	)
}

// Rules 570 to 579: the missing periods against the collection year, each other, last year's return and
// the child's periods of care.
func init() {
	register(
		&Rule{Code: "570", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.Missing {
				if d := c.R.Missing[i].MIS_STARTDate; !d.IsZero() && d.After(end) {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "571", Check: func(c *Check) {
			start, end := c.Start(), c.End()
			for i := range c.R.Missing {
				if d := c.R.Missing[i].MIS_ENDDate; !d.IsZero() && !dateWithin(d, start, end) {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "574", Check: func(c *Check) {
			// Taken in order of their ends (an open period counted as ending on its start), no period
			// starts while the one before it is open or before it ended.
			m := c.R.Missing
			rows := rowsByChildAndDates(len(m), func(i int) string { return m[i].CHILD }, func(i int) (hearth.Date, hearth.Date) {
				if m[i].MIS_ENDDate.IsZero() {
					return m[i].MIS_STARTDate, m[i].MIS_STARTDate
				}
				return m[i].MIS_ENDDate, m[i].MIS_STARTDate
			})
			for k := 1; k < len(rows); k++ {
				cur, prev := &m[rows[k]], &m[rows[k-1]]
				if cur.CHILD == prev.CHILD && (prev.MIS_ENDDate.IsZero() || datesBefore(cur.MIS_STARTDate, prev.MIS_ENDDate)) {
					c.Flag(Missing, rows[k])
				}
			}
		}},
		&Rule{Code: "575", Check: func(c *Check) {
			// A period still open began during an episode that has ended.
			for i := range c.R.Missing {
				m := &c.R.Missing[i]
				if m.MIS_END != "" || m.MIS_STARTDate.IsZero() {
					continue
				}
				for _, j := range c.R.EpisodesOf(m.CHILD) {
					if e := &c.R.Episodes[j]; !e.DECDate.IsZero() && dateWithin(m.MIS_STARTDate, e.DECOMDate, e.DECDate) && !e.DECOMDate.IsZero() {
						c.Flag(Missing, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "576", Needs: NeedsPrevious, Check: func(c *Check) {
			// A period open at the end of last year is the child's first period this year. Each child
			// is taken once, at the first of its rows.
			for i := range c.R.Missing {
				rows := c.R.ChildRows(Missing, c.R.Missing[i].CHILD)
				if rows[0] != i {
					continue
				}
				first := i
				for _, k := range rows[1:] {
					if compareDates(c.R.Missing[k].MIS_STARTDate, c.R.Missing[first].MIS_STARTDate) < 0 {
						first = k
					}
				}
				start := c.R.Missing[first].MIS_STARTDate
				for _, j := range c.Previous.ChildRows(Missing, c.R.Missing[i].CHILD) {
					last := &c.Previous.Missing[j]
					if last.MIS_END == "" && !last.MIS_STARTDate.IsZero() && last.MIS_STARTDate != start {
						c.Flag(Missing, first)
						break
					}
				}
			}
		}},
		&Rule{Code: "577", Check: func(c *Check) {
			// A period fits within one of the child's periods of care: it has ended if that period has,
			// it starts within it if it is still open, and it ends within it.
			checkMissingInCare(c, func(m *MissingRow, p carePeriod) bool {
				return m.MIS_ENDDate.IsZero() && !p.to.IsZero() ||
					m.MIS_ENDDate.IsZero() && m.MIS_STARTDate.Before(p.from) ||
					datesBefore(p.to, m.MIS_ENDDate) || datesBefore(m.MIS_ENDDate, p.from)
			})
		}},
		&Rule{Code: "578", Check: func(c *Check) {
			// A period starts within one of the child's periods of care.
			checkMissingInCare(c, func(m *MissingRow, p carePeriod) bool {
				return m.MIS_STARTDate.Before(p.from) || datesBefore(p.to, m.MIS_STARTDate)
			})
		}},
	)
}

// checkMissingInCare flags each missing period with a valid start that lies outside every one of the
// child's periods of care, as outside tells (a child with no episodes is not flagged).
func checkMissingInCare(c *Check, outside func(*MissingRow, carePeriod) bool) {
	var periods []carePeriod
	for i := range c.R.Missing {
		m := &c.R.Missing[i]
		if m.MIS_STARTDate.IsZero() {
			continue
		}
		periods = periodsOfCare(c.R, c.R.EpisodesOf(m.CHILD), periods[:0])
		if len(periods) == 0 {
			continue
		}
		out := true
		for _, p := range periods {
			out = out && outside(m, p)
		}
		if out {
			c.Flag(Missing, i)
		}
	}
}

// Rules 580 to 586: the missing periods against leaving care, the start of care and the child's birth.
func init() {
	register(
		&Rule{Code: "580", Check: func(c *Check) {
			// A child still missing when care ended at 18 (the period ending on the 18th birthday, the
			// day the episode ended) left care for that reason: E8.
			for i := range c.R.Missing {
				m := &c.R.Missing[i]
				if m.DOBDate.IsZero() || m.MIS_ENDDate.IsZero() || birthday(m.DOBDate, 18) != m.MIS_ENDDate {
					continue
				}
				for _, j := range c.R.EpisodesOf(m.CHILD) {
					if e := &c.R.Episodes[j]; e.DECDate == m.MIS_ENDDate && e.REC != "E8" {
						c.Flag(Episodes, j)
					}
				}
			}
		}},
		&Rule{Code: "581", Check: func(c *Check) {
			// A period starts during one of the child's episodes (an episode with no valid end counts as
			// open). A period with no valid start is left to rule 564 and the date rules, and a child
			// with no episodes to INT03 and EPI.
			for i := range c.R.Missing {
				m := &c.R.Missing[i]
				rows := c.R.EpisodesOf(m.CHILD)
				if m.MIS_STARTDate.IsZero() || len(rows) == 0 {
					continue
				}
				in := false
				for _, j := range rows {
					e := &c.R.Episodes[j]
					in = in || !e.DECOMDate.IsZero() && !m.MIS_STARTDate.Before(e.DECOMDate) && (e.DECDate.IsZero() || !m.MIS_STARTDate.After(e.DECDate))
				}
				if !in {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "586", Check: func(c *Check) {
			for i := range c.R.Missing {
				if m := &c.R.Missing[i]; !m.MIS_STARTDate.IsZero() && !m.DOBDate.IsZero() && !m.MIS_STARTDate.After(m.DOBDate) {
					c.Flag(Missing, i)
				}
			}
		}},
	)
}
