package ssda903

import (
	"math"
	"strconv"
)

// The rules about the OC2 table: the outcomes (strengths and difficulties questionnaire, health,
// offending and substance misuse) of a child looked after continuously for 12 months at 31 March. Rules
// that depend on whether the child is in that cohort work it out from the Episodes table, and do not run
// when the return has no Episodes table at all (there is then nothing to work it out from).

func init() {
	register(
		&Rule{Code: "157", Check: func(c *Check) {
			// SDQ1 (no score because the child is under 4 or over 16) cannot be the reason for a child who
			// was 4 at the start of the year and 16 or under at its end.
			start, end := c.Start(), c.End()
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if cla && o.SDQ_SCORE == "" && o.SDQ_REASON == "SDQ1" && !o.DOBDate.IsZero() &&
					!birthday(o.DOBDate, 4).After(start) && !birthday(o.DOBDate, 16).Before(end) {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "158", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.INTERVENTION_RECEIVED == "1" && o.INTERVENTION_OFFERED != "" {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "159", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.SUBSTANCE_MISUSE == "1" && o.INTERVENTION_RECEIVED == "0" && o.INTERVENTION_OFFERED == "" {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "180", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if s := c.R.OC2[i].SDQ_SCORE; s != "" && !validSDQScore(s) {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "181", Check: func(c *Check) {
			for i := range c.R.OC2 {
				for _, v := range c.R.OC2[i].items() {
					if notBinary(v) {
						c.Flag(OC2, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "182", Check: func(c *Check) {
			// Once any of the other items is given, the four core health items must all be.
			for i := range c.R.OC2 {
				o := &c.R.OC2[i]
				coreMissing := o.IMMUNISATIONS == "" || o.TEETH_CHECK == "" || o.HEALTH_ASSESSMENT == "" || o.SUBSTANCE_MISUSE == ""
				others := o.CONVICTED != "" || o.HEALTH_CHECK != "" || o.INTERVENTION_RECEIVED != "" || o.INTERVENTION_OFFERED != ""
				if coreMissing && others {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "185", Check: func(c *Check) {
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if !cla && o.SDQ_SCORE != "" {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "186", Check: func(c *Check) {
			// The DfE's validator fires when either the score or the reason is blank, which would flag
			// every child with a score (the reason must then be blank, rule 197a); Hearth fires when the
			// child has neither a score nor a reason for having none, which is what the message asks.
			start, end := c.Start(), c.End()
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if cla && o.SDQ_SCORE == "" && o.SDQ_REASON == "" && !o.DOBDate.IsZero() &&
					!birthday(o.DOBDate, 4).After(start) && birthday(o.DOBDate, 17).After(end) {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "187", Check: func(c *Check) {
			if !c.R.Present[Episodes] {
				return
			}
			for i := range c.R.AD1 {
				if a := &c.R.AD1[i]; a.hasData() && continuouslyLookedAfter(c, a.CHILD) {
					c.Flag(AD1, i)
				}
			}
			for i := range c.R.OC3 {
				if o := &c.R.OC3[i]; o.hasData() && continuouslyLookedAfter(c, o.CHILD) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "188", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.OC2 {
				o := &c.R.OC2[i]
				if (o.SDQ_SCORE != "" || o.SDQ_REASON != "") && !o.DOBDate.IsZero() && birthday(o.DOBDate, 4).After(end) {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "189", Check: func(c *Check) {
			start := c.Start()
			for i := range c.R.OC2 {
				o := &c.R.OC2[i]
				if (o.SDQ_SCORE != "" || o.SDQ_REASON != "") && !o.DOBDate.IsZero() && !birthday(o.DOBDate, 17).After(start) {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "190", Check: func(c *Check) {
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if !cla && o.hasItems() {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "191", Check: check191},
		&Rule{Code: "192", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.SUBSTANCE_MISUSE == "1" && o.INTERVENTION_RECEIVED == "" {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "193", Check: func(c *Check) {
			for i := range c.R.OC2 {
				o := &c.R.OC2[i]
				if (o.SUBSTANCE_MISUSE == "" || o.SUBSTANCE_MISUSE == "0") && (o.INTERVENTION_RECEIVED != "" || o.INTERVENTION_OFFERED != "") {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "196", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if r := c.R.OC2[i].SDQ_REASON; r != "" && !oneOf(r, "SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5") {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "197B", Check: func(c *Check) {
			// A child in the cohort who turns 4 or 17 during the year needs a score or a reason.
			start, end := c.Start(), c.End()
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if !cla || o.SDQ_SCORE != "" || o.SDQ_REASON != "" || o.DOBDate.IsZero() {
					return
				}
				if dateWithin(birthday(o.DOBDate, 4), start, end) || dateWithin(birthday(o.DOBDate, 17), start, end) {
					c.Flag(OC2, i)
				}
			})
		}},
		&Rule{Code: "197a", Check: func(c *Check) {
			for i := range c.R.OC2 {
				if o := &c.R.OC2[i]; o.SDQ_SCORE != "" && o.SDQ_REASON != "" {
					c.Flag(OC2, i)
				}
			}
		}},
		&Rule{Code: "198", Check: func(c *Check) {
			forCohort(c, func(i int, o *OC2Row, cla bool) {
				if !cla && o.SDQ_REASON != "" {
					c.Flag(OC2, i)
				}
			})
		}},
	)
}

// check191 flags a child looked after continuously for 12 months whose OC2 row lacks one of the four core
// items, and, on their first episode, such a child with no OC2 row at all (when the return has an OC2
// table).
func check191(c *Check) {
	if !c.R.Present[Episodes] || !c.R.Present[OC2] {
		return
	}
	forCohort(c, func(i int, o *OC2Row, cla bool) {
		if cla && (o.IMMUNISATIONS == "" || o.TEETH_CHECK == "" || o.HEALTH_ASSESSMENT == "" || o.SUBSTANCE_MISUSE == "") {
			c.Flag(OC2, i)
		}
	})
	start, end, hasOC2 := c.Start(), c.End(), cohortOf(c).hasOC2
	forEachChildEpisodes(c, func(eps []int) {
		if !hasOC2[eps[0]] && inCohort(c.R, eps, start, end) {
			c.Flag(Episodes, eps[0]) // one finding per child, on their first episode
		}
	})
}

// forCohort calls f with each OC2 row and whether its child was looked after continuously for 12 months,
// when the return has an Episodes table to tell. Eight rules ask this of every OC2 row, so the answers
// are worked out once for the return (cohortOf).
func forCohort(c *Check, f func(i int, o *OC2Row, cla bool)) {
	if !c.R.Present[Episodes] {
		return
	}
	cla := cohortOf(c).cla
	for i := range c.R.OC2 {
		f(i, &c.R.OC2[i], cla[i])
	}
}

// cohort holds, for the return last validated, which children were looked after continuously for 12
// months and which have an OC2 row.
var cohort returnCache[cohortAnswers]

// cohortAnswers is, for each OC2 row, whether its child is in the OC2 cohort; and, for each Episodes row,
// whether it is the first episode (by start date) of a child with an OC2 row.
type cohortAnswers struct {
	cla, hasOC2 []bool
}

// cohortOf works out the cohortAnswers of the check's return, once for all the rules that need them.
func cohortOf(c *Check) cohortAnswers {
	return cohort.get(c, func() cohortAnswers {
		start, end := c.Start(), c.End()
		a := cohortAnswers{cla: make([]bool, len(c.R.OC2)), hasOC2: make([]bool, len(c.R.Episodes))}
		for i := range c.R.OC2 {
			if eps := c.R.EpisodesOf(c.R.OC2[i].CHILD); len(eps) > 0 {
				a.cla[i] = inCohort(c.R, eps, start, end)
				a.hasOC2[eps[0]] = true
			}
		}
		return a
	})
}

// items returns the eight yes/no items of the row (all but the SDQ), for rules that treat them alike.
func (r *OC2Row) items() [8]string {
	return [8]string{r.CONVICTED, r.HEALTH_CHECK, r.IMMUNISATIONS, r.TEETH_CHECK, r.HEALTH_ASSESSMENT, r.SUBSTANCE_MISUSE,
		r.INTERVENTION_RECEIVED, r.INTERVENTION_OFFERED}
}

// hasItems says whether any of the eight yes/no items is filled in.
func (r *OC2Row) hasItems() bool {
	for _, v := range r.items() {
		if v != "" {
			return true
		}
	}
	return false
}

// validSDQScore says whether an SDQ score is a whole number from 0 to 40 (written as 20 or 20.0).
func validSDQScore(s string) bool {
	v, err := strconv.ParseFloat(s, 64)
	return err == nil && v == math.Trunc(v) && v >= 0 && v <= 40
}
