package ssda903

// The rules about the Header table: one row per child with their sex, date of birth, ethnicity, UPN and
// motherhood.

func init() {
	register(
		&Rule{Code: "101", Check: func(c *Check) {
			// The sex codes were revised for 2024/25 (the first year Hearth validates): M, F or U.
			for i := range c.R.Header {
				if !oneOf(c.R.Header[i].SEX, "M", "F", "U") {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "102", Check: func(c *Check) {
			for i := range c.R.Header {
				if c.R.Header[i].DOBDate.IsZero() {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "103", Check: func(c *Check) {
			for i := range c.R.Header {
				if !oneOf(c.R.Header[i].ETHNIC, ethnicities...) {
					c.Flag(Header, i)
				}
			}
		}},
	)
}
