package ssda903

import "hearth"

// The rules about the dates, ages and legal statuses of episodes: 353 to 359.

func init() {
	register(
		&Rule{Code: "353", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if d := c.R.Episodes[i].DECOMDate; !d.IsZero() && d.Before(firstEpisodeDate) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "354", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.Episodes {
				if c.R.Episodes[i].DECOMDate.After(end) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "355", Check: func(c *Check) {
			// An episode that ends the day it starts lasted under a day: the values are compared as
			// written, as the DfE's tool compares them.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.DECOM != "" && e.DECOM == e.DEC {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "356", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; !e.DECDate.IsZero() && e.DECDate.Before(e.DECOMDate) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "357", Check: func(c *Check) {
			// A child's first episode with a valid start date, when it started in this collection year or
			// later, must start a period of care (earlier ones may follow episodes not in this return).
			start := c.Start()
			for _, rows := range c.R.ix().episodes {
				e := &c.R.Episodes[rows[0]]
				if !e.DECOMDate.IsZero() && onOrAfter(e.DECOMDate, start) && e.RNE != "S" {
					c.Flag(Episodes, rows[0])
				}
			}
		}},
		&Rule{Code: "358", Check: func(c *Check) {
			// J1 to J3 are remands and detentions of a child aged 10 or over (the age of criminal
			// responsibility): the episode must start after the 10th birthday.
			// The Header row is flagged once however many of the child's episodes break the rule; the date
			// of birth is looked up only for a child with a remand.
			remand := func(e *EpisodeRow) bool { return oneOf(e.LS, "J1", "J2", "J3") && !e.DECOMDate.IsZero() }
			forChildrenWith(c.R, remand, func(child string, rows []int) {
				var tenth hearth.Date
				flagged := false
				for _, i := range rows {
					e := &c.R.Episodes[i]
					if !remand(e) {
						continue
					}
					if tenth.IsZero() {
						if tenth = birthday(headerDOB(c.R, child), 10); tenth.IsZero() {
							break
						}
					}
					if onOrAfter(tenth, e.DECOMDate) {
						c.Flag(Episodes, i)
						flagged = true
					}
				}
				if flagged {
					c.Flag(Header, c.R.ix().header[child])
				}
			})
		}},
		&Rule{Code: "359", Check: func(c *Check) {
			// An open episode of a young person who turned 18 before the year ended must be accommodation
			// under s20(5) (V2) in a community home (K2).
			end := c.End()
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.DEC != "" || (e.LS == "V2" && e.PLACE == "K2") {
					continue
				}
				if dob := headerDOB(c.R, e.CHILD); !dob.IsZero() && birthday(dob, 18).Before(end) {
					c.Flag(Episodes, i)
				}
			}
		}},
	)
}
