package ssda903

import "hearth"

// The rules about deprivation of liberty orders (the DoLo table, new for 2026/27): 700 to 710.

func init() {
	register(
		&Rule{Code: "700", Check: func(c *Check) {
			for i := range c.R.DoLo {
				if c.R.DoLo[i].DOLO_STARTDate.IsZero() {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "701", Check: func(c *Check) {
			// A DoLO still in force has no end date; one that is written must be a date.
			for i := range c.R.DoLo {
				if d := &c.R.DoLo[i]; notADate(d.DOLO_END, d.DOLO_ENDDate) {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "702", Check: func(c *Check) {
			// A DoLO ending the day it started is flagged too, as the DfE's tool does.
			for i := range c.R.DoLo {
				if d := &c.R.DoLo[i]; !d.DOLO_STARTDate.IsZero() && !d.DOLO_ENDDate.IsZero() && !d.DOLO_ENDDate.After(d.DOLO_STARTDate) {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "703", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.DoLo {
				if c.R.DoLo[i].DOLO_STARTDate.After(end) {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "704", Check: func(c *Check) {
			start, end := c.Start(), c.End()
			for i := range c.R.DoLo {
				if d := c.R.DoLo[i].DOLO_ENDDate; !d.IsZero() && (d.Before(start) || d.After(end)) {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "705", Check: func(c *Check) {
			// A DoLO that starts while one of the child's earlier DoLOs (by start date, then by row) is
			// still in force (no end, or an end after this start) is flagged.
			for _, rows := range rowsByChild(c.R, DoLo) {
				for _, i := range rows {
					d := &c.R.DoLo[i]
					if d.DOLO_STARTDate.IsZero() {
						continue
					}
					for _, k := range rows {
						p := &c.R.DoLo[k]
						earlier := p.DOLO_STARTDate.Before(d.DOLO_STARTDate) || (p.DOLO_STARTDate == d.DOLO_STARTDate && k < i)
						if k != i && !p.DOLO_STARTDate.IsZero() && earlier && (p.DOLO_END == "" || p.DOLO_ENDDate.After(d.DOLO_STARTDate)) {
							c.Flag(DoLo, i)
							break
						}
					}
				}
			}
		}},
		&Rule{Code: "706", Needs: NeedsPrevious, Check: func(c *Check) {
			// A DoLO open at the end of last year must be carried into this year's return with the same
			// start. The missing row cannot be pointed at: the child's earliest DoLO this year is flagged,
			// or, when the child has none, their Header row. A child no longer in the return at all has
			// no DoLO to carry.
			for i := range c.Previous.DoLo {
				last := &c.Previous.DoLo[i]
				if last.DOLO_END != "" || last.DOLO_START == "" {
					continue
				}
				rows := c.R.ChildRows(DoLo, last.CHILD)
				carried, earliest := false, -1
				for _, k := range rows {
					d := &c.R.DoLo[k]
					carried = carried || d.DOLO_START == last.DOLO_START ||
						(!d.DOLO_STARTDate.IsZero() && d.DOLO_STARTDate == last.DOLO_STARTDate)
					if earliest < 0 || d.DOLO_STARTDate.Before(c.R.DoLo[earliest].DOLO_STARTDate) {
						earliest = k
					}
				}
				switch h, ok := c.R.ix().header[last.CHILD]; {
				case carried:
				case earliest >= 0:
					c.Flag(DoLo, earliest)
				case ok:
					c.Flag(Header, h)
				}
			}
		}},
		&Rule{Code: "707", Check: func(c *Check) {
			// A DoLO lies within one of the child's periods of care: one still in force needs a period
			// of care still open that began by its start; one that ended needs a period that was open on
			// that day. Children without episodes are left to other rules.
			var periods []carePeriod
			for i := range c.R.DoLo {
				d := &c.R.DoLo[i]
				if d.DOLO_STARTDate.IsZero() {
					continue
				}
				periods = periodsOfCare(c.R, c.R.EpisodesOf(d.CHILD), periods[:0])
				if len(periods) > 0 && !withinAnyPeriod(d, periods) {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "708", Check: func(c *Check) {
			// The DoLo table's DOB is optional: without it the Header's is used.
			for i := range c.R.DoLo {
				d := &c.R.DoLo[i]
				dob := d.DOBDate
				if d.DOB == "" {
					dob = headerDOB(c.R, d.CHILD)
				}
				if !d.DOLO_STARTDate.IsZero() && !dob.IsZero() && !d.DOLO_STARTDate.After(dob) {
					c.Flag(DoLo, i)
				}
			}
		}},
		&Rule{Code: "709", Check: func(c *Check) {
			// During a DoLO the child is expected in a secure children's home (K2) or the placements the
			// DfE added for it (Z12, Z13); the DoLO is flagged once however many episodes disagree.
			for i := range c.R.DoLo {
				d := &c.R.DoLo[i]
				for _, k := range c.R.EpisodesOf(d.CHILD) {
					if e := &c.R.Episodes[k]; doloOverlaps(d, e) && !oneOf(e.PLACE, "K2", "Z12", "Z13") {
						c.Flag(DoLo, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "710", Check: func(c *Check) {
			// During a DoLO the child cannot be in a children's home other than a secure one (K1), with
			// parents (P1), in a young offender institution (R5) or in supported accommodation (K3). Each
			// DoLO and each episode is flagged once.
			for i := range c.R.DoLo {
				d := &c.R.DoLo[i]
				for _, k := range c.R.EpisodesOf(d.CHILD) {
					if e := &c.R.Episodes[k]; doloOverlaps(d, e) && oneOf(e.PLACE, doloBarredPlacements...) {
						c.Flag(DoLo, i)
						break
					}
				}
			}
			for child, rows := range c.R.ix().episodes {
				dolos := c.R.ChildRows(DoLo, child)
				if len(dolos) == 0 {
					continue
				}
				for _, k := range rows {
					e := &c.R.Episodes[k]
					if !oneOf(e.PLACE, doloBarredPlacements...) {
						continue
					}
					for _, i := range dolos {
						if doloOverlaps(&c.R.DoLo[i], e) {
							c.Flag(Episodes, k)
							break
						}
					}
				}
			}
		}},
	)
}

// doloBarredPlacements are the placements a child under a DoLO cannot be in (rule 710).
var doloBarredPlacements = []string{"K1", "P1", "R5", "K3"}

// doloOverlaps says whether a DoLO with both its dates and an episode with a start date overlap: the DoLO
// starts no later than the episode ended (an open episode has not ended) and ends no earlier than it
// started.
func doloOverlaps(d *DoLoRow, e *EpisodeRow) bool {
	if d.DOLO_STARTDate.IsZero() || d.DOLO_ENDDate.IsZero() || e.DECOMDate.IsZero() {
		return false
	}
	return (e.DEC == "" || !d.DOLO_STARTDate.After(e.DECDate)) && !d.DOLO_ENDDate.Before(e.DECOMDate)
}

// carePeriod is a period of care: from the start of a child's episode that began it to the end of the
// last episode in it (zero while it is open).
type carePeriod struct{ from, to hearth.Date }

// periodsOfCare appends to buf the periods of care made by a child's episodes (from EpisodesOf, by start
// date): an episode starting after the previous one ended begins a new period. Episodes without a valid
// start date are left out.
func periodsOfCare(r *Return, rows []int, buf []carePeriod) []carePeriod {
	var prevEnd hearth.Date
	for _, i := range rows {
		e := &r.Episodes[i]
		if e.DECOMDate.IsZero() {
			continue
		}
		if len(buf) == 0 || (!prevEnd.IsZero() && e.DECOMDate.After(prevEnd)) {
			buf = append(buf, carePeriod{from: e.DECOMDate})
		}
		buf[len(buf)-1].to = e.DECDate
		prevEnd = e.DECDate
	}
	return buf
}

// withinAnyPeriod says whether a DoLO (with a valid start) lies within one of the periods of care: one
// without a valid end needs a period still open that began by its start; one with an end needs a period
// that began by that end and had not ended before it.
func withinAnyPeriod(d *DoLoRow, periods []carePeriod) bool {
	for _, p := range periods {
		if d.DOLO_ENDDate.IsZero() {
			if p.to.IsZero() && !d.DOLO_STARTDate.Before(p.from) {
				return true
			}
		} else if !d.DOLO_ENDDate.Before(p.from) && (p.to.IsZero() || !d.DOLO_ENDDate.After(p.to)) {
			return true
		}
	}
	return false
}

// rowsByChild returns the rows of table t grouped by child (the index ChildRows builds once).
func rowsByChild(r *Return, t Table) map[string][]int {
	r.ChildRows(t, "")
	return r.rowsOf[t]
}
