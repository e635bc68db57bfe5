package ssda903

// The rules about missing episodes, placement changes, the adoption decision's date and data for children
// with no episodes this year: 1003 to 1006, 1008, 1009, 1012 and 1015.

// placeChangeReasons are the codes of REASON_PLACE_CHANGE (ssda903-schema-2024.yml).
var placeChangeReasons = []string{"CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ",
	"PLACE", "CUSTOD", "OTHER"}

func init() {
	register(
		&Rule{Code: "1003", Check: func(c *Check) {
			// The decision to place for adoption comes after the child first started to be looked after:
			// the child's earliest episode with RNE S, which is flagged with the PlacedAdoption row.
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if p.DATE_PLACEDDate.IsZero() {
					continue
				}
				for _, k := range c.R.EpisodesOf(p.CHILD) {
					if e := &c.R.Episodes[k]; e.RNE == "S" && !e.DECOMDate.IsZero() {
						if p.DATE_PLACEDDate.Before(e.DECOMDate) {
							c.Flag(Episodes, k)
							c.Flag(PlacedAdoption, i)
						}
						break
					}
				}
			}
		}},
		&Rule{Code: "1004", Check: func(c *Check) {
			for i := range c.R.Missing {
				if c.R.Missing[i].MIS_STARTDate.IsZero() {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "1005", Check: func(c *Check) {
			// A missing episode still going on has no end date; one that is written must be a date.
			for i := range c.R.Missing {
				if m := &c.R.Missing[i]; notADate(m.MIS_END, m.MIS_ENDDate) {
					c.Flag(Missing, i)
				}
			}
		}},
		&Rule{Code: "1006", Check: func(c *Check) {
			// M is missing, A away from placement without authorisation.
			for i := range c.R.Missing {
				if m := c.R.Missing[i].MISSING; m != "" && m != "M" && m != "A" {
					c.Flag(Missing, i)
				}
			}
		}},
		// Whether a URN is Ofsted's is known only from Ofsted's lists of providers.
		&Rule{Code: "1008", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "1009", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if r := c.R.Episodes[i].REASON_PLACE_CHANGE; r != "" && !oneOf(r, placeChangeReasons...) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "1012", Check: func(c *Check) {
			// A child with no episode this year (a care leaver in OC3 only) has no adoption, missing,
			// review, previous permanence or 12-month outcome data this year. A child's rows usually come
			// together, so the last child's answer is kept.
			var n noEpisodes
			for i := range c.R.PlacedAdoption {
				n.flag(c, PlacedAdoption, i, c.R.PlacedAdoption[i].CHILD)
			}
			for i := range c.R.Missing {
				n.flag(c, Missing, i, c.R.Missing[i].CHILD)
			}
			for i := range c.R.Reviews {
				n.flag(c, Reviews, i, c.R.Reviews[i].CHILD)
			}
			for i := range c.R.AD1 {
				n.flag(c, AD1, i, c.R.AD1[i].CHILD)
			}
			for i := range c.R.PrevPerm {
				n.flag(c, PrevPerm, i, c.R.PrevPerm[i].CHILD)
			}
			for i := range c.R.OC2 {
				n.flag(c, OC2, i, c.R.OC2[i].CHILD)
			}
		}},
		// PL_LA, and whether it is the return's own authority, come from the placement's postcode.
		&Rule{Code: "1015", Needs: NeedsPostcodes, Check: notRunHere},
	)
}

// noEpisodes flags rows of children with no episode in the return (rule 1012), remembering the answer for
// the last child it looked up.
type noEpisodes struct {
	child string
	none  bool
	known bool
}

// flag flags row i of table t when its child has no episode in the return.
func (n *noEpisodes) flag(c *Check, t Table, i int, child string) {
	if !n.known || child != n.child {
		n.child, n.none, n.known = child, len(c.R.EpisodesOf(child)) == 0, true
	}
	if n.none {
		c.Flag(t, i)
	}
}
