package ssda903

import "hearth"

// The rules of the social worker episodes (SWEpisodes): who the child's social worker was, from when to
// when and why they changed, for the children looked after at 31 March.

// swFrom is 1 April 2023, from when a social worker episode records the reason for the change.
var swFrom = hearth.NewDate(2023, 4, 1)

// swReasons are the reasons for a change of social worker (SW_REASON).
var swReasons = newCodeSet("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS")

func init() {
	register(
		&Rule{Code: "SW01aSTG1", Check: func(c *Check) {
			// Every episode has a start date, and a child with an episode that began before 1 April
			// 2023 has at least one worker's ID among their episodes.
			swComplete(c, func(s *SocialWorkerRow) bool { return s.SW_DECOMDate.Before(swFrom) }, false)
		}},
		&Rule{Code: "SW01bSTG1", Check: func(c *Check) {
			// Every episode has a start date, and a child with an episode that began on or after 1 April
			// 2023 has at least one worker's ID and one reason for a change among their episodes (the
			// first worker has none: there was no change).
			swComplete(c, func(s *SocialWorkerRow) bool { return !s.SW_DECOMDate.Before(swFrom) }, true)
		}},
		&Rule{Code: "SW02STG1", Check: func(c *Check) {
			// From 2025/26 the ID also has at least four characters.
			for i := range c.R.SocialWorker {
				id := c.R.SocialWorker[i].SW_ID
				if len(id) < 2 || id[:2] != "SW" && id[:2] != "XX" || c.Year >= 2026 && len(id) < 4 {
					c.Flag(SocialWorker, i)
				}
			}
		}},
		&Rule{Code: "SW04STG1", Check: func(c *Check) {
			// The start date is required; until 2024/25 the DfE accepted ZZ for an unknown day or month
			// (ZZZZ for the year), from 2025/26 only a full date.
			for i := range c.R.SocialWorker {
				if s := &c.R.SocialWorker[i]; !swDate(c, s.SW_DECOM, s.SW_DECOMDate) {
					c.Flag(SocialWorker, i)
				}
			}
		}},
		&Rule{Code: "SW05STG1", Check: func(c *Check) {
			// An end date, when given, is a date (with ZZ parts until 2024/25). A blank end is an open
			// episode, which SW17STG2 requires of the latest one, so it is not flagged here.
			for i := range c.R.SocialWorker {
				if s := &c.R.SocialWorker[i]; s.SW_DEC != "" && !swDate(c, s.SW_DEC, s.SW_DECDate) {
					c.Flag(SocialWorker, i)
				}
			}
		}},
		&Rule{Code: "SW06STG2", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.SocialWorker {
				if d := c.R.SocialWorker[i].SW_DECOMDate; !d.IsZero() && d.After(end) {
					c.Flag(SocialWorker, i)
				}
			}
		}},
		&Rule{Code: "SW07STG2", Check: func(c *Check) {
			// The social worker reporting period is two years: from 1 April of the year before this one.
			start, end := c.Start(), c.End()
			from := start.AddMonths(-12)
			for i := range c.R.SocialWorker {
				if d := c.R.SocialWorker[i].SW_DECDate; !d.IsZero() && !dateWithin(d, from, end) {
					c.Flag(SocialWorker, i)
				}
			}
		}},
	)
}

// swComplete flags a child's social worker episodes with no valid start date and, when one of the
// episodes starts in the period applies tells and the child has no worker's ID among their episodes (or,
// with reason, no reason for a change), each of those episodes: the DfE's rule asks for "at least one
// instance" of each item for the child. (Its validator asks every episode, which flags every child's
// first worker, who has no reason for a change; SW13STG1 lets that one be blank.)
func swComplete(c *Check, applies func(*SocialWorkerRow) bool, reason bool) {
	forEachSWChild(c, func(rows []int) {
		hasID, hasReason := false, false
		for _, i := range rows {
			s := &c.R.SocialWorker[i]
			hasID = hasID || s.SW_ID != ""
			hasReason = hasReason || s.SW_REASON != ""
		}
		complete := hasID && (hasReason || !reason)
		for _, i := range rows {
			if s := &c.R.SocialWorker[i]; s.SW_DECOMDate.IsZero() || !complete && applies(s) {
				c.Flag(SocialWorker, i)
			}
		}
	})
}

// swDate says whether a social worker episode's date is valid for the year: a full date, or until
// 2024/25 a date with ZZ parts.
func swDate(c *Check, s string, d hearth.Date) bool {
	if !d.IsZero() {
		return true
	}
	if c.Year <= 2025 {
		_, ok := permanenceDate(s)
		return ok
	}
	return false
}

// The rules that compare a child's social worker episodes with each other (taken by start date) and
// with the child's episodes of care.
func init() {
	register(
		&Rule{Code: "SW08STG2", Check: func(c *Check) {
			// Every episode but the latest has ended.
			forEachSWChild(c, func(rows []int) {
				last := latestSW(c.R, rows)
				for _, i := range rows {
					if s := &c.R.SocialWorker[i]; i != last && !s.SW_DECOMDate.IsZero() && s.SW_DECDate.IsZero() {
						c.Flag(SocialWorker, i)
					}
				}
			})
		}},
		&Rule{Code: "SW09STG2", Check: func(c *Check) {
			// Until 2024/25, an episode that ended the day it began; from 2025/26, one that lasted less
			// than three days (or ended before it began).
			for i := range c.R.SocialWorker {
				s := &c.R.SocialWorker[i]
				if c.Year <= 2025 && s.SW_DEC != "" && s.SW_DEC == s.SW_DECOM ||
					c.Year >= 2026 && !s.SW_DECOMDate.IsZero() && !s.SW_DECDate.IsZero() && s.SW_DECDate.DaysSince(s.SW_DECOMDate) < 3 {
					c.Flag(SocialWorker, i)
				}
			}
		}},
		&Rule{Code: "SW10STG2", Check: func(c *Check) {
			// Each episode starts within seven days either side of the end of the one before it, unless
			// the change was at the family's request (FCONTA). Episodes with a blank or invalid date are
			// left to SW04STG1, SW05STG1 and SW08STG2.
			forEachSWChild(c, func(rows []int) {
				for k := 1; k < len(rows); k++ {
					s, prev := &c.R.SocialWorker[rows[k]], &c.R.SocialWorker[rows[k-1]]
					if s.SW_REASON == "FCONTA" || s.SW_DECOMDate.IsZero() || prev.SW_DECDate.IsZero() {
						continue
					}
					if gap := s.SW_DECOMDate.DaysSince(prev.SW_DECDate); gap < -7 || gap > 7 {
						c.Flag(SocialWorker, rows[k])
					}
				}
			})
		}},
		&Rule{Code: "SW11bSTG2", Check: func(c *Check) {
			// A child looked after on 31 March has a social worker then: when every one of their episodes
			// ended before it, the latest is flagged, as no episode followed it. (The DfE's validator
			// reads this with a five-day window that its own tests contradict; this is the rule as its
			// message gives it.)
			end := c.End()
			noWorkerAtEnd(c, func(s *SocialWorkerRow) bool { return s.SW_DEC == "" || !s.SW_DECDate.Before(end) })
		}},
		&Rule{Code: "SW12STG2", Check: func(c *Check) {
			// For a child looked after on 31 March, an episode of care that started a period of care (RNE
			// S) or ended one (REC other than X1) since 1 April last year has a social worker episode that began by the end of care, or on or
			// after the start of care. Short breaks (LS V3, V4) are left out. (The DfE's validator also
			// counts an open episode, with no REC, as ending care, and asks every social worker episode
			// rather than one to fit, which flags children whose social workers are all reported.)
			start, end := c.Start(), c.End()
			if !c.R.Present[SocialWorker] {
				return
			}
			from := start.AddMonths(-12)
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				starts, ends := e.RNE == "S", e.REC != "" && e.REC != "X1"
				if oneOf(e.LS, "V3", "V4") || !starts && !ends || !e.DECDate.IsZero() && !dateWithin(e.DECDate, from, end) ||
					!inCareOn(c.R, e.CHILD, end) {
					continue
				}
				covered := false
				for _, j := range c.R.ChildRows(SocialWorker, e.CHILD) {
					d := c.R.SocialWorker[j].SW_DECOMDate
					covered = covered || ends && !d.IsZero() && !e.DECDate.IsZero() && !d.After(e.DECDate) ||
						starts && !d.IsZero() && !e.DECOMDate.IsZero() && !d.Before(e.DECOMDate)
				}
				if !covered {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "SW13STG1", Check: func(c *Check) {
			// Each episode has a valid reason for the change of social worker, except the child's first
			// episode of the year (the one open on 1 April, or else the first to begin after it), which
			// may have none.
			start := c.Start()
			forEachSWChild(c, func(rows []int) {
				first := firstSWOfYear(c, rows, start)
				for _, i := range rows {
					r := c.R.SocialWorker[i].SW_REASON
					if r == "" && i == first {
						continue
					}
					if !swReasons.has(r) {
						c.Flag(SocialWorker, i)
					}
				}
			})
		}},
		&Rule{Code: "SW17STG2", Check: func(c *Check) {
			// A child looked after on 31 March has a social worker episode still open (no end date): when
			// none is, the latest is flagged. (A child who left care in the year may have no social worker
			// at its end; episodes that overlap are SW08STG2's and SW10STG2's.)
			noWorkerAtEnd(c, func(s *SocialWorkerRow) bool { return s.SW_DEC == "" })
		}},
	)
}

// forEachSWChild calls fn with each child's social worker episodes ordered by start date (then end
// date; blank or invalid dates last), the order being worked out once for the rule.
func forEachSWChild(c *Check, fn func(rows []int)) {
	sw := c.R.SocialWorker
	rows := rowsByChildAndDates(len(sw), func(i int) string { return sw[i].CHILD }, func(i int) (hearth.Date, hearth.Date) {
		return sw[i].SW_DECOMDate, sw[i].SW_DECDate
	})
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && sw[rows[end]].CHILD == sw[rows[start]].CHILD {
			end++
		}
		fn(rows[start:end])
		start = end
	}
}

// noWorkerAtEnd flags the latest social worker episode of each child looked after on 31 March none of
// whose episodes is current then, as current tells.
func noWorkerAtEnd(c *Check, current func(*SocialWorkerRow) bool) {
	end := c.End()
	forEachSWChild(c, func(rows []int) {
		last := latestSW(c.R, rows)
		if last < 0 || !inCareOn(c.R, c.R.SocialWorker[last].CHILD, end) {
			return
		}
		for _, i := range rows {
			if current(&c.R.SocialWorker[i]) {
				return
			}
		}
		c.Flag(SocialWorker, last)
	})
}

// latestSW returns the episode of a child's social worker episodes (by start date) that started last,
// or -1 when none has a valid start date.
func latestSW(r *Return, rows []int) int {
	for k := len(rows) - 1; k >= 0; k-- {
		if !r.SocialWorker[rows[k]].SW_DECOMDate.IsZero() {
			return rows[k]
		}
	}
	return -1
}

// firstSWOfYear returns the child's social worker episode current at the start of the collection year:
// the last to begin before 1 April if it was still open then, or else the first to begin on or after
// it; -1 when there is neither.
func firstSWOfYear(c *Check, rows []int, start hearth.Date) int {
	before, after := -1, -1
	for _, i := range rows {
		d := c.R.SocialWorker[i].SW_DECOMDate
		switch {
		case d.IsZero():
		case d.Before(start):
			before = i
		case after < 0:
			after = i
		}
	}
	if before >= 0 {
		if end := c.R.SocialWorker[before].SW_DECDate; end.IsZero() || !end.Before(start) {
			return before
		}
	}
	return after
}
