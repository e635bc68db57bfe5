package ssda903

// The rules about adoption (AD1 and the episodes of a placement for adoption): 331 to 336.

func init() {
	register(
		&Rule{Code: "331", Check: func(c *Check) {
			// Each adoption's match with the adopters must come no later than the start of each episode
			// that ended in the adoption; the AD1 row and the episode are both flagged, each once.
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if a.DATE_MATCHDate.IsZero() {
					continue
				}
				flagged := false
				for _, k := range c.R.EpisodesOf(a.CHILD) {
					e := &c.R.Episodes[k]
					if isAdopted(e.REC) && !e.DECOMDate.IsZero() && a.DATE_MATCHDate.After(e.DECOMDate) {
						c.Flag(Episodes, k)
						flagged = true
					}
				}
				if flagged {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "333", Check: func(c *Check) {
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if !a.DATE_MATCHDate.IsZero() && (a.DATE_INTDate.IsZero() || a.DATE_INTDate.After(a.DATE_MATCHDate)) {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "334", Check: func(c *Check) {
			// The latest period of care is the one begun by the latest episode with RNE S.
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if a.DATE_INTDate.IsZero() {
					continue
				}
				rows := c.R.EpisodesOf(a.CHILD)
				latest := -1
				for _, k := range rows {
					if e := &c.R.Episodes[k]; e.RNE == "S" && !e.DECOMDate.IsZero() {
						latest = k
					}
				}
				if latest >= 0 && a.DATE_INTDate.Before(c.R.Episodes[latest].DECOMDate) {
					c.Flag(Episodes, latest)
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "335", Check: func(c *Check) {
			// An adoption from a placement with current foster carers (A2, A3, A5) is one by the former
			// foster carers (FOSTER_CARE 1), and one from another placement (A1, A4, A6) is not (0).
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if a.FOSTER_CARE != "0" && a.FOSTER_CARE != "1" {
					continue
				}
				flagged := false
				for _, k := range c.R.EpisodesOf(a.CHILD) {
					e := &c.R.Episodes[k]
					if e.REC != "E1" && !isAdopted(e.REC) {
						continue
					}
					if (a.FOSTER_CARE == "0" && oneOf(e.PLACE, "A2", "A3", "A5")) || (a.FOSTER_CARE == "1" && oneOf(e.PLACE, "A1", "A4", "A6")) {
						c.Flag(Episodes, k)
						flagged = true
					}
				}
				if flagged {
					c.Flag(AD1, i)
				}
			}
		}},
		&Rule{Code: "336", Check: func(c *Check) {
			// A placement for adoption (A3, A4) must follow a foster placement or another placement for
			// adoption; a child's first episode has nothing before it to check.
			placed := func(e *EpisodeRow) bool { return e.PLACE == "A3" || e.PLACE == "A4" }
			forChildrenWith(c.R, placed, func(_ string, rows []int) {
				for n := 1; n < len(rows); n++ {
					prev := c.R.Episodes[rows[n-1]].PLACE
					if placed(&c.R.Episodes[rows[n]]) && !oneOf(prev, adoptionPlacements...) && !oneOf(prev, fosterPlacements...) {
						c.Flag(Episodes, rows[n])
					}
				}
			})
		}},
	)
}
