package ssda903

// The rules about a child's UASC flag, which only the XML form carries (HeaderRow.UASC): whether it is a
// valid flag, and whether it agrees with a date UASC status ceased.

func init() {
	register(
		&Rule{Code: "105", Check: func(c *Check) {
			for i := range c.R.Header {
				if h := &c.R.Header[i]; h.UASCGiven && !oneOf(h.UASC, "0", "1") {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "303", Check: func(c *Check) {
			// A date UASC status ceased means the child was a UASC: their flag must say so.
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.UASCGiven && h.UASC != "1" && hasDUC(c.R, h.CHILD) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "205C", Needs: NeedsPrevious, Check: func(c *Check) {
			// A date UASC status ceased, this year or last, for a child whose flag says they were a UASC in
			// neither year.
			for i := range c.R.UASC {
				child := c.R.UASC[i].CHILD
				if !hasDUC(c.R, child) && !hasDUC(c.Previous, child) {
					continue
				}
				if uascFlag(c.R, child) == "1" || uascFlag(c.Previous, child) == "1" {
					continue
				}
				c.Flag(UASC, i)
				if h, ok := c.R.ix().header[child]; ok {
					c.Flag(Header, h)
				}
			}
		}},
	)
}

// uascFlag is a child's UASC flag in a return: the HEADER's where the return gives one, or else "1" when
// the child has a UASC row with anything in it besides their id and date of birth (as the DfE's tool
// derives it for the CSV form), and "0" otherwise.
func uascFlag(r *Return, child string) string {
	if h, ok := r.HeaderOf(child); ok && h.UASCGiven {
		return h.UASC
	}
	for _, i := range r.ChildRows(UASC, child) {
		if u := &r.UASC[i]; u.SEX != "" || u.DUC != "" {
			return "1"
		}
	}
	return "0"
}

// hasDUC says whether the child has a date UASC status ceased in the return.
func hasDUC(r *Return, child string) bool {
	for _, i := range r.ChildRows(UASC, child) {
		if r.UASC[i].DUC != "" {
			return true
		}
	}
	return false
}
