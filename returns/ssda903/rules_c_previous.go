package ssda903

// Rules 559 to 562 of codes 501 to 635 that compare this year's return with last year's: the decisions
// to place for adoption and the episodes carried over.

func init() {
	register(
		&Rule{Code: "559", Needs: NeedsPrevious, Check: func(c *Check) {
			// A decision made before this year was in last year's return (when it came with that table):
			// one of the child's rows there has a decision date. (The DfE's validator flags the child if
			// any of last year's rows lacks one, which an older, blank row would do.)
			start := c.Start()
			if !c.Previous.Present[PlacedAdoption] {
				return
			}
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if p.DATE_PLACEDDate.IsZero() || !p.DATE_PLACEDDate.Before(start) {
					continue
				}
				recorded := false
				for _, j := range c.Previous.ChildRows(PlacedAdoption, p.CHILD) {
					recorded = recorded || !c.Previous.PlacedAdoption[j].DATE_PLACEDDate.IsZero()
				}
				if !recorded {
					c.Flag(PlacedAdoption, i)
				}
			}
		}},
		&Rule{Code: "560", Needs: NeedsPrevious, Check: func(c *Check) {
			// A decision still standing at the end of last year keeps its date this year.
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				for _, j := range c.Previous.ChildRows(PlacedAdoption, p.CHILD) {
					last := &c.Previous.PlacedAdoption[j]
					if last.DATE_PLACED != "" && last.DATE_PLACED_CEASED == "" && p.DATE_PLACED != last.DATE_PLACED {
						c.Flag(PlacedAdoption, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "561", Needs: NeedsPrevious, Check: func(c *Check) {
			// A decision reversed last year is not reported again as this year's decision.
			for i := range c.R.PlacedAdoption {
				p := &c.R.PlacedAdoption[i]
				if p.DATE_PLACED == "" {
					continue
				}
				for _, j := range c.Previous.ChildRows(PlacedAdoption, p.CHILD) {
					last := &c.Previous.PlacedAdoption[j]
					if p.DATE_PLACED == last.DATE_PLACED && (last.DATE_PLACED_CEASED != "" || last.REASON_PLACED_CEASED != "") {
						c.Flag(PlacedAdoption, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "562", Needs: NeedsPrevious, Check: func(c *Check) {
			// A child's first episode, when it began before this year, is last year's latest episode.
			start := c.Start()
			if !c.Previous.Present[Episodes] {
				return
			}
			for _, p := range withLastYear(c) {
				decom := c.R.Episodes[p.first].DECOMDate
				if decom.Before(start) && (p.last < 0 || c.Previous.Episodes[p.last].DECOMDate != decom) {
					c.Flag(Episodes, p.first)
				}
			}
		}},
	)
}
