package ssda903

import "hearth"

// The rules about how long a short legal status or a respite break may last, and about respite: 361 to
// 367, 382, 384, 398, 399 and 426.

func init() {
	register(
		// Police protection (L1) lasts at most 72 hours.
		&Rule{Code: "361", Check: func(c *Check) { flagLongSpells(c, "L1", 3) }},
		// An emergency protection order (L2) lasts at most 21 days.
		&Rule{Code: "362", Check: func(c *Check) { flagLongSpells(c, "L2", 21) }},
		// A child assessment order (L3) lasts at most 7 days.
		&Rule{Code: "363", Check: func(c *Check) { flagLongSpells(c, "L3", 7) }},
		// Detention under PACE (J2) in local authority accommodation is limited: the DfE allows 21 days.
		&Rule{Code: "364", Check: func(c *Check) { flagLongSpells(c, "J2", 21) }},
		&Rule{Code: "365", Check: func(c *Check) {
			// A single respite placement (V3) lasts at most 17 days; an open one runs to the year end.
			end := c.End()
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.LS != "V3" || e.DECOMDate.IsZero() {
					continue
				}
				if dec, ok := endOrYearEnd(e, end); ok && dec.After(e.DECOMDate.AddDays(17)) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "366", Check: func(c *Check) {
			// Each respite break (V3) is an episode of its own, begun as a new period of care.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.LS == "V3" && e.RNE != "S" {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "367", Check: func(c *Check) {
			// The days of respite (V3) within the collection year, episodes cut at its start and end, may
			// total at most 75 for a child; every V3 episode that counted towards more is flagged.
			start, end := c.Start(), c.End()
			forChildrenWith(c.R, func(e *EpisodeRow) bool { return e.LS == "V3" }, func(_ string, rows []int) {
				total := 0
				for _, i := range rows {
					total += respiteDays(&c.R.Episodes[i], start, end)
				}
				if total <= 75 {
					return
				}
				for _, i := range rows {
					if respiteDays(&c.R.Episodes[i], start, end) > 0 {
						c.Flag(Episodes, i)
					}
				}
			})
		}},
		&Rule{Code: "382", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; isRespite(e.LS) && isTemporary(e.PLACE) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "384", Check: func(c *Check) {
			// U1 and U4 are long-term foster placements.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; isRespite(e.LS) && (e.PLACE == "U1" || e.PLACE == "U4") {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "398", Check: func(c *Check) {
			// A respite episode has no placement distance, so no postcodes to work it out from.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; isRespite(e.LS) && (e.HOME_POST != "" || e.PL_POST != "") {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "399", Check: func(c *Check) {
			// A child looked after only for respite (every episode V3 or V4) has no mother status and no
			// reviews to report. The episodes, the Header row and each review are flagged.
			forChildrenWith(c.R, func(e *EpisodeRow) bool { return isRespite(e.LS) }, func(child string, rows []int) {
				if !allRespite(c.R, rows) {
					return
				}
				h, hasHeader := c.R.ix().header[child]
				mother := hasHeader && c.R.Header[h].MOTHER != ""
				reviewed := false
				for _, k := range c.R.ChildRows(Reviews, child) {
					if r := &c.R.Reviews[k]; mother || r.REVIEW != "" || r.REVIEW_CODE != "" {
						c.Flag(Reviews, k)
						reviewed = true
					}
				}
				if !mother && !reviewed {
					return
				}
				for _, i := range rows {
					c.Flag(Episodes, i)
				}
				if hasHeader {
					c.Flag(Header, h)
				}
			})
		}},
		&Rule{Code: "426", Check: func(c *Check) {
			forChildrenWith(c.R, func(e *EpisodeRow) bool { return e.LS == "V3" }, func(_ string, rows []int) {
				v4 := false
				for _, i := range rows {
					v4 = v4 || c.R.Episodes[i].LS == "V4"
				}
				if !v4 {
					return
				}
				for _, i := range rows {
					if isRespite(c.R.Episodes[i].LS) {
						c.Flag(Episodes, i)
					}
				}
			})
		}},
	)
}

// isRespite says whether a legal status is short-term respite: a single break (V3) or a series (V4).
func isRespite(ls string) bool { return ls == "V3" || ls == "V4" }

// allRespite says whether every one of a child's episodes is respite.
func allRespite(r *Return, rows []int) bool {
	for _, i := range rows {
		if !isRespite(r.Episodes[i].LS) {
			return false
		}
	}
	return len(rows) > 0
}

// endOrYearEnd is the day an episode ended, or the year end when it is still open; false when its end is
// written but is not a date, so how long it lasted is unknown.
func endOrYearEnd(e *EpisodeRow, end hearth.Date) (hearth.Date, bool) {
	switch {
	case e.DEC == "":
		return end, true
	case e.DECDate.IsZero():
		return hearth.Date{}, false
	}
	return e.DECDate, true
}

// respiteDays is the number of days of a respite (V3) episode within the collection year: from its start
// or the year start, whichever is later, to its end or the year end, whichever is earlier (an open episode
// runs to the year end). It is 0 for any other episode or one whose dates are not known.
func respiteDays(e *EpisodeRow, start, end hearth.Date) int {
	if e.LS != "V3" || e.DECOMDate.IsZero() {
		return 0
	}
	from := e.DECOMDate
	if from.Before(start) {
		from = start
	}
	to, ok := endOrYearEnd(e, end)
	if !ok {
		return 0
	}
	if to.After(end) {
		to = end
	}
	return max(to.DaysSince(from), 0)
}

// flagLongSpells flags every episode of a spell of legal status ls that lasted more than maxDays: a spell
// is a run of a child's episodes (by start date) with that status, each starting no later than the spell
// so far ended, from the first one's start to the latest end (an open episode runs to the year end).
// Episodes without a valid start date, or with an end written but not a date, break a spell and are not
// measured.
func flagLongSpells(c *Check, ls string, maxDays int) {
	end := c.End()
	forChildrenWith(c.R, func(e *EpisodeRow) bool { return e.LS == ls }, func(_ string, rows []int) {
		first := -1 // the position in rows of the current spell's first episode, or -1
		var from, to hearth.Date
		for n := 0; n <= len(rows); n++ {
			var dec hearth.Date
			in := false
			if n < len(rows) {
				e := &c.R.Episodes[rows[n]]
				if e.LS == ls && !e.DECOMDate.IsZero() {
					dec, in = endOrYearEnd(e, end)
				}
				if in && first >= 0 && !e.DECOMDate.After(to) {
					if dec.After(to) {
						to = dec
					}
					continue
				}
			}
			if first >= 0 && to.DaysSince(from) > maxDays {
				for _, i := range rows[first:n] {
					c.Flag(Episodes, i)
				}
			}
			first = -1
			if in {
				first, from, to = n, c.R.Episodes[rows[n]].DECOMDate, dec
			}
		}
	})
}
