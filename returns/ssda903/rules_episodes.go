package ssda903

// The rules about the Episodes table on its own: the dates, codes and sequence of a child's episodes of
// care.

func init() {
	register(
		&Rule{Code: "141", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if c.R.Episodes[i].DECOMDate.IsZero() {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "142", Check: func(c *Check) {
			// Every episode of a child but the latest must have ended (a DEC and a REC). Episodes without
			// a valid start date are left to rule 141.
			for _, rows := range c.R.ix().episodes {
				last := lastStarted(c.R, rows)
				for _, i := range rows {
					e := &c.R.Episodes[i]
					if i != last && !e.DECOMDate.IsZero() && e.CHILD != "" && (e.DECDate.IsZero() || e.REC == "") {
						c.Flag(Episodes, i)
					}
				}
			}
		}},
	)
}

// lastStarted returns the row of a child's episodes (from EpisodesOf, by start date) that started last,
// or -1 when none has a valid start date.
func lastStarted(r *Return, rows []int) int {
	for k := len(rows) - 1; k >= 0; k-- {
		if !r.Episodes[rows[k]].DECOMDate.IsZero() {
			return rows[k]
		}
	}
	return -1
}
