package ssda903

import "hearth"

// The rules about who may have care leaver data (OC3) given their episodes of care: 1000 to 1002, 1007,
// 1010, 1011, 1014, 1016 and 3001.

func init() {
	register(
		&Rule{Code: "1000", Check: func(c *Check) {
			// A child who died in care (REC E2), this year or (when given) last year, is no care leaver.
			for i := range c.R.OC3 {
				child := c.R.OC3[i].CHILD
				if endedWith(c.R, child, "E2") || (c.Previous != nil && endedWith(c.Previous, child, "E2")) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "1001", Needs: NeedsPrevious, Check: func(c *Check) {
			// A relevant or former relevant child was looked after for at least 13 weeks (91 days) since
			// their 14th birthday, some of it after their 16th, not counting respite (V3, V4), and was not
			// adopted. This year's and last year's episodes are read together (an episode in both once);
			// the child's latest episode, if open, runs to the year end. Children without a date of birth,
			// or 20 or over at the year end, whose care may predate both years, are not checked.
			var eps []careEpisode
			end := c.End()
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				dob := leaverDOB(c.R, o)
				if dob.IsZero() || !birthday(dob, 20).After(end) {
					continue
				}
				eps = bothYearsEpisodes(c.R, c.Previous, o.CHILD, eps[:0])
				if len(eps) == 0 {
					c.Flag(OC3, i)
					continue
				}
				latest := eps[len(eps)-1]
				if isAdopted(latest.rec) {
					c.Flag(OC3, i)
					continue
				}
				from14, from16 := birthday(dob, 14), birthday(dob, 16)
				days14, days16 := 0, 0
				for k, e := range eps {
					if isRespite(e.ls) {
						continue
					}
					dec := e.dec
					if dec.IsZero() && k == len(eps)-1 {
						dec = end
					}
					days14 += daysFrom(e.decom, dec, from14)
					days16 += daysFrom(e.decom, dec, from16)
				}
				if days14 < 91 || days16 < 1 {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "1002", Needs: NeedsPrevious, Check: func(c *Check) {
			for i := range c.R.OC3 {
				child := c.R.OC3[i].CHILD
				if len(c.R.EpisodesOf(child)) == 0 && len(c.Previous.EpisodesOf(child)) == 0 {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "1007", Check: func(c *Check) {
			// A young person 17 or 18 at the year end who was looked after on their latest birthday (an
			// episode begun by then and ending after it, or still open) is not yet a care leaver.
			end := c.End()
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.DOBDate.IsZero() || !o.hasData() {
					continue
				}
				age := o.DOBDate.AgeOn(end)
				if age != 17 && age != 18 {
					continue
				}
				if inCareOn(c.R, o.CHILD, birthday(o.DOBDate, age)) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "1010", Needs: NeedsPrevious, Check: func(c *Check) {
			// An episode open at the end of last year carries on into this year's return, so a child with
			// none here yet care leaver data is a return with their episodes missing.
			for i := range c.R.OC3 {
				child := c.R.OC3[i].CHILD
				if len(c.R.EpisodesOf(child)) > 0 {
					continue
				}
				rows := c.Previous.EpisodesOf(child)
				if last := lastStarted(c.Previous, rows); last >= 0 && c.Previous.Episodes[last].DEC == "" {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "1011", Check: func(c *Check) {
			// Care transferred to another local authority (E3) makes the young person that authority's
			// care leaver.
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if !o.hasData() {
					continue
				}
				if last := lastStarted(c.R, c.R.EpisodesOf(o.CHILD)); last >= 0 && c.R.Episodes[last].REC == "E3" {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "1014", Check: func(c *Check) {
			// A child in the UASC table with care leaver data but no episode in the year is a care leaver,
			// for whom UASC information is not needed: the UASC rows and the OC3 rows are flagged.
			start, end := c.Start(), c.End()
			for child, uasc := range rowsByChild(c.R, UASC) {
				oc3 := c.R.ChildRows(OC3, child)
				leaver := false
				for _, k := range oc3 {
					leaver = leaver || c.R.OC3[k].hasData()
				}
				if !leaver || lookedAfterInYear(c.R, child, start, end) {
					continue
				}
				for _, k := range uasc {
					c.Flag(UASC, k)
				}
				for _, k := range oc3 {
					if c.R.OC3[k].hasData() {
						c.Flag(OC3, k)
					}
				}
			}
		}},
		&Rule{Code: "1016", Check: func(c *Check) {
			// A young person 17 or 18 at the year end whose last episode ended after that birthday (which
			// fell in the year) was still looked after on it, and is reported as a care leaver next year,
			// not now. One who left care on the birthday itself is a care leaver at it, as rule 1007 has
			// it too.
			end := c.End()
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.DOBDate.IsZero() || !o.hasData() {
					continue
				}
				age := o.DOBDate.AgeOn(end)
				if age != 17 && age != 18 {
					continue
				}
				last := lastStarted(c.R, c.R.EpisodesOf(o.CHILD))
				if last >= 0 && c.R.Episodes[last].DECDate.After(birthday(o.DOBDate, age)) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "3001", Check: func(c *Check) {
			// Staying with former foster carers (Z1, Z2) is for those 18 or over, so not for one who
			// turned 17 in the year.
			start, end := c.Start(), c.End()
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.ACCOM != "Z1" && o.ACCOM != "Z2" {
					continue
				}
				if dob := leaverDOB(c.R, o); !dob.IsZero() {
					if at17 := birthday(dob, 17); onOrAfter(at17, start) && !at17.After(end) {
						c.Flag(OC3, i)
					}
				}
			}
		}},
	)
}

// leaverDOB is a care leaver's date of birth: the Header's, or the OC3 row's when the child has no Header
// row or no valid date there.
func leaverDOB(r *Return, o *OC3Row) hearth.Date {
	if dob := headerDOB(r, o.CHILD); !dob.IsZero() {
		return dob
	}
	return o.DOBDate
}

// endedWith says whether any of a child's episodes in the return ended for the reason rec.
func endedWith(r *Return, child, rec string) bool {
	for _, k := range r.EpisodesOf(child) {
		if r.Episodes[k].REC == rec {
			return true
		}
	}
	return false
}

// inCareOn says whether one of a child's episodes had begun by day and had not ended by it (ending
// on the day itself counts as ended; an open episode has not ended).
func inCareOn(r *Return, child string, day hearth.Date) bool {
	for _, k := range r.EpisodesOf(child) {
		e := &r.Episodes[k]
		if !e.DECOMDate.IsZero() && !e.DECOMDate.After(day) && (e.DEC == "" || e.DECDate.After(day)) {
			return true
		}
	}
	return false
}

// lookedAfterInYear says whether one of a child's episodes falls in the collection year: begun by its end
// and ended (if at all) on or after its start.
func lookedAfterInYear(r *Return, child string, start, end hearth.Date) bool {
	for _, k := range r.EpisodesOf(child) {
		e := &r.Episodes[k]
		if !e.DECOMDate.IsZero() && !e.DECOMDate.After(end) && (e.DEC == "" || onOrAfter(e.DECDate, start)) {
			return true
		}
	}
	return false
}

// careEpisode is what rule 1001 needs of an episode from either year.
type careEpisode struct {
	decom, dec hearth.Date
	ls, rec    string
}

// bothYearsEpisodes appends to buf a child's episodes with a valid start date from this year's return and
// last year's, by start date, an episode in both (the same start) once: the one with an end date, or the
// earlier end.
func bothYearsEpisodes(this, last *Return, child string, buf []careEpisode) []careEpisode {
	a, b := this.EpisodesOf(child), last.EpisodesOf(child)
	for len(a) > 0 || len(b) > 0 {
		var e, p *EpisodeRow
		if len(a) > 0 {
			e = &this.Episodes[a[0]]
		}
		if len(b) > 0 {
			p = &last.Episodes[b[0]]
		}
		switch {
		case e != nil && e.DECOMDate.IsZero():
			a = nil
			continue
		case p != nil && p.DECOMDate.IsZero():
			b = nil
			continue
		case e == nil || (p != nil && p.DECOMDate.Before(e.DECOMDate)):
			buf = append(buf, careEpisode{p.DECOMDate, p.DECDate, p.LS, p.REC})
			b = b[1:]
		case p == nil || e.DECOMDate.Before(p.DECOMDate):
			buf = append(buf, careEpisode{e.DECOMDate, e.DECDate, e.LS, e.REC})
			a = a[1:]
		default: // the same start in both years
			if !p.DECDate.IsZero() && (e.DECDate.IsZero() || p.DECDate.Before(e.DECDate)) {
				e = p
			}
			buf = append(buf, careEpisode{e.DECOMDate, e.DECDate, e.LS, e.REC})
			a, b = a[1:], b[1:]
		}
	}
	return buf
}

// daysFrom is the number of days of an episode (from decom to dec) on or after from: 0 when it ended
// before from or its end is not known.
func daysFrom(decom, dec, from hearth.Date) int {
	if dec.IsZero() {
		return 0
	}
	if decom.Before(from) {
		decom = from
	}
	return max(dec.DaysSince(decom), 0)
}
