package ssda903

// The rules about the Episodes table on its own, codes 143 to 234: each episode's codes and dates, and
// what its placement type requires or rules out.

func init() {
	register(
		&Rule{Code: "143", Check: func(c *Check) { flagEpisodeCode(c, func(e *EpisodeRow) string { return e.RNE }, rneCodes) }},
		&Rule{Code: "144", Check: func(c *Check) { flagEpisodeCode(c, func(e *EpisodeRow) string { return e.LS }, lsCodes) }},
		&Rule{Code: "145", Check: func(c *Check) { flagEpisodeCode(c, func(e *EpisodeRow) string { return e.CIN }, cinCodes) }},
		&Rule{Code: "146", Check: func(c *Check) {
			flagEpisodeCode(c, func(e *EpisodeRow) string { return e.PLACE }, placeCodes(c.Year))
		}},
		&Rule{Code: "147", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if notADate(c.R.Episodes[i].DEC, c.R.Episodes[i].DECDate) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "148", Check: func(c *Check) {
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; (e.DEC == "") != (e.REC == "") {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "149", Check: func(c *Check) { flagEpisodeCode(c, func(e *EpisodeRow) string { return e.REC }, recCodes) }},
		// 164, 169 and 179 check the placement's distance from home, local authority and whether it is
		// inside the authority, all worked out from the postcodes.
		&Rule{Code: "164", Needs: NeedsPostcodes, Check: func(c *Check) {}},
		&Rule{Code: "169", Needs: NeedsPostcodes, Check: func(c *Check) {}},
		&Rule{Code: "178", Check: func(c *Check) {
			// A provider, when given, must be a valid code, and is not given for placements that have
			// none (temporary placements and, from 2025/26, the Z1x other placements).
			none := placesWithoutProvider(c.Year)
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.PLACE_PROVIDER != "" && (!oneOf(e.PLACE_PROVIDER, providerCodes...) || oneOf(e.PLACE, none...)) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "179", Needs: NeedsPostcodes, Check: func(c *Check) {}},
	)
}

// flagEpisodeCode flags each episode whose value of a coded field is present but not one of the codes
// (a blank is for the rules about missing values).
func flagEpisodeCode(c *Check, field func(*EpisodeRow) string, codes []string) {
	for i := range c.R.Episodes {
		if v := field(&c.R.Episodes[i]); v != "" && !oneOf(v, codes...) {
			c.Flag(Episodes, i)
		}
	}
}
