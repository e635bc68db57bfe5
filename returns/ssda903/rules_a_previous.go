package ssda903

// The rules that compare this year's return with last year's (codes 199 to 208): what was recorded of a
// child before must agree with what is recorded now. All but 199 need last year's return; 199 looks at
// last year's episodes when it has them, and at this year's alone otherwise.
//
// The CSV form of the return has no UASC flag on the Header: as the DfE's validator does, Hearth takes a
// child to be UASC in a year when that year's UASC table has a row for them. With the flag so derived the
// validator's 205A only looks at children missing from the Header, and its 205C can never fire (a child
// with a date UASC ceased has a UASC row); Hearth's 205A and 205B check what their messages say, and 205C
// is not implemented. The validator's 205B also wants last year's date to be the 18th birthday; Hearth
// asks only that the two years' dates agree.

func init() {
	register(
		&Rule{Code: "199", Check: check199},
		&Rule{Code: "202", Needs: NeedsPrevious, Check: func(c *Check) {
			forBothYears(c, func(i int, h, last *HeaderRow) {
				if h.SEX != last.SEX {
					c.Flag(Header, i)
				}
			})
		}},
		&Rule{Code: "203", Needs: NeedsPrevious, Check: func(c *Check) {
			// Dates are compared as dates (so 1/2/2010 is 01/02/2010); two invalid dates are left to rule 102.
			forBothYears(c, func(i int, h, last *HeaderRow) {
				if h.DOBDate != last.DOBDate {
					c.Flag(Header, i)
				}
			})
		}},
		&Rule{Code: "204", Needs: NeedsPrevious, Check: func(c *Check) {
			forBothYears(c, func(i int, h, last *HeaderRow) {
				if !equalFold(h.ETHNIC, last.ETHNIC) {
					c.Flag(Header, i)
				}
			})
		}},
		&Rule{Code: "205A", Needs: NeedsPrevious, Check: func(c *Check) {
			// A child UASC last year and not this year must have ceased during last year.
			if !bothHaveUASC(c) {
				return
			}
			lastStart, lastEnd := Start(c.Year-1), End(c.Year-1)
			forBothYears(c, func(i int, h, _ *HeaderRow) {
				prev := c.Previous.ChildRows(UASC, h.CHILD)
				if len(prev) == 0 || len(c.R.ChildRows(UASC, h.CHILD)) > 0 {
					return
				}
				duc := c.Previous.UASC[prev[0]].DUCDate
				if duc.IsZero() || duc.Before(lastStart) || duc.After(lastEnd) {
					c.Flag(Header, i)
				}
			})
		}},
		&Rule{Code: "205B", Needs: NeedsPrevious, Check: check205B},
		&Rule{Code: "205D", Needs: NeedsPrevious, Check: func(c *Check) {
			if !bothHaveUASC(c) {
				return
			}
			forBothYears(c, func(i int, h, _ *HeaderRow) {
				if len(c.R.ChildRows(UASC, h.CHILD)) > 0 && len(c.Previous.ChildRows(UASC, h.CHILD)) == 0 {
					c.Flag(Header, i)
				}
			})
		}},
		&Rule{Code: "207", Needs: NeedsPrevious, Check: func(c *Check) {
			// Once a mother, always a mother: for a child still looked after, a 1 last year stays 1.
			if !c.R.Present[Episodes] {
				return
			}
			forBothYears(c, func(i int, h, last *HeaderRow) {
				if last.MOTHER == "1" && h.MOTHER != "1" && len(c.R.EpisodesOf(h.CHILD)) > 0 {
					c.Flag(Header, i)
				}
			})
		}},
		&Rule{Code: "208", Needs: NeedsPrevious, Check: func(c *Check) {
			forBothYears(c, func(i int, h, last *HeaderRow) {
				if upnChangeUnexplained(last.UPN, h.UPN) {
					c.Flag(Header, i)
				}
			})
		}},
	)
}

// forBothYears calls f with each Header row of a child who also has a Header row last year, and that row.
// Seven rules ask this of every child, so the rows are matched once for the two returns (lastHeaders).
func forBothYears(c *Check, f func(i int, h, last *HeaderRow)) {
	if !c.Previous.Present[Header] {
		return
	}
	last := lastHeaders.get(c, func() []int {
		m := make([]int, len(c.R.Header))
		byChild := c.Previous.ix().header
		for i := range c.R.Header {
			m[i] = -1
			if k, ok := byChild[c.R.Header[i].CHILD]; ok {
				m[i] = k
			}
		}
		return m
	})
	for i, k := range last {
		if k >= 0 {
			f(i, &c.R.Header[i], &c.Previous.Header[k])
		}
	}
}

// lastHeaders holds, for each Header row of the return being validated, the index of the child's Header
// row in last year's return, or -1.
var lastHeaders returnCache[[]int]

// bothHaveUASC says whether both years' returns have a UASC table, without which a child's UASC status
// in that year is not known.
func bothHaveUASC(c *Check) bool { return c.R.Present[UASC] && c.Previous.Present[UASC] }

// check205B flags a child UASC in both years whose dates disagree: a date ceased last year must be given
// again unchanged this year, and a child still UASC at the end of last year can only have ceased during
// this year. A finding points at the UASC row and the child's Header row.
func check205B(c *Check) {
	if !bothHaveUASC(c) {
		return
	}
	for i := range c.R.UASC {
		u := &c.R.UASC[i]
		prev := c.Previous.ChildRows(UASC, u.CHILD)
		if len(prev) == 0 {
			continue
		}
		last := &c.Previous.UASC[prev[0]]
		var ok bool
		if last.DUC == "" {
			ok = u.DUC == "" || dateWithin(u.DUCDate, c.Start(), c.End())
		} else {
			ok = !last.DUCDate.IsZero() && u.DUCDate == last.DUCDate
		}
		if !ok {
			c.Flag(UASC, i)
			if k := c.R.ChildRows(Header, u.CHILD); len(k) > 0 {
				c.Flag(Header, k[0])
			}
		}
	}
}

// upnChangeUnexplained says whether a child's UPN changed between last year and this in a way that is
// not an unknown UPN becoming known or more precisely unknown: from blank or UN1 (not yet obtained) to
// UN2 to UN5, or from blank or any UN code to a real UPN. Letters are compared regardless of case.
func upnChangeUnexplained(last, now string) bool {
	if equalFold(last, now) {
		return false
	}
	unknown := func(u string) bool { return u == "" || oneOf(u, "UN1", "UN2", "UN3", "UN4", "UN5") }
	switch {
	case (last == "" || last == "UN1") && oneOf(now, "UN2", "UN3", "UN4", "UN5"):
		return false // the reason it is unknown is now known
	case unknown(last) && !unknown(now):
		return false // the UPN is now known
	}
	return true
}

// check199 flags each episode that begins after the child was adopted from care (an episode ending E11
// or E12), counting last year's episodes too when the run has them: a child adopted from care who comes
// back into care must be recorded as a new child. The adoption's own episode is not flagged.
func check199(c *Check) {
	forEachChildEpisodes(c, func(eps []int) {
		child := c.R.Episodes[eps[0]].CHILD
		var prev []int
		if c.Previous != nil {
			prev = c.Previous.EpisodesOf(child)
		}
		adoptions, p := 0, 0
		for _, k := range eps {
			e := &c.R.Episodes[k]
			if e.DECOMDate.IsZero() {
				break // episodes without a valid start date come last and cannot be placed in time
			}
			// Last year's episodes that started earlier come first; on the same day, this year's row
			// (usually the same episode carried forward) is taken first.
			for ; p < len(prev) && datesBefore(c.Previous.Episodes[prev[p]].DECOMDate, e.DECOMDate); p++ {
				if isAdopted(c.Previous.Episodes[prev[p]].REC) {
					adoptions++
				}
			}
			if isAdopted(e.REC) {
				adoptions++
				if adoptions > 1 {
					c.Flag(Episodes, k)
				}
			} else if adoptions > 0 {
				c.Flag(Episodes, k)
			}
		}
	})
}
