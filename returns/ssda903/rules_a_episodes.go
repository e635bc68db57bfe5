package ssda903

import (
	"time"

	"hearth"
)

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
		&Rule{Code: "164", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "169", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "178", Check: func(c *Check) {
			// A provider, when given, must be a valid code, and is not given for placements that have
			// none (temporary placements and, from 2025/26, the Z1x other placements).
			none := placesWithoutProvider(c.Year)
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.PLACE_PROVIDER != "" && (!providerCodes.has(e.PLACE_PROVIDER) || none.has(e.PLACE)) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "179", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "213", Check: func(c *Check) {
			// Temporary placements (and from 2025/26 the Z1x other placements) have no provider.
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.PLACE_PROVIDER != "" && (isTemporary(e.PLACE) || (c.Year >= 2026 && otherPlaces2026.has(e.PLACE))) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "214", Check: func(c *Check) {
			// A short break (V3, V4) has no placement postcode or URN.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; (e.LS == "V3" || e.LS == "V4") && (e.PL_POST != "" || e.URN != "") {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "217", Check: func(c *Check) {
			// Since 1 April 2015 a placement for adoption with the child's foster carers (A3, A5) starts
			// a new episode for a change of legal status and placement (S, T or U).
			since := hearth.NewDate(2015, time.April, 1)
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if (e.PLACE == "A3" || e.PLACE == "A5") && !e.DECOMDate.IsZero() && !e.DECOMDate.Before(since) && !oneOf(e.RNE, "S", "T", "U") {
					c.Flag(Episodes, i)
				}
			}
		}},
		// 218 exempts placements outside England, which it knows from the placement's local authority,
		// worked out from PL_POST.
		&Rule{Code: "218", Needs: NeedsPostcodes, Check: notRunHere},
		// 219, 221, 224, 227, 228 and 229 compare the URN with Ofsted's registration of the provider.
		&Rule{Code: "219", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "221", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "222", Check: func(c *Check) {
			// Placements not registered with Ofsted have no URN (XXXXXXX stands for one not known).
			none := noURN2025
			if c.Year >= 2026 {
				none = noURN2026
			}
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.URN != "" && e.URN != "XXXXXXX" && none.has(e.PLACE) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "224", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "225", Check: check225},
		&Rule{Code: "226", Check: func(c *Check) {
			// A temporary placement needs no reason for the change, on its own episode or the one before.
			forEachChildEpisodes(c, func(eps []int) {
				for n, i := range eps {
					e := &c.R.Episodes[i]
					if !isTemporary(e.PLACE) {
						continue
					}
					if e.REASON_PLACE_CHANGE != "" || (n > 0 && c.R.Episodes[eps[n-1]].REASON_PLACE_CHANGE != "") {
						c.Flag(Episodes, i)
					}
				}
			})
		}},
		&Rule{Code: "227", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "228", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "229", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "233", Check: func(c *Check) {
			// The DfE's validator reads a DATE_EPISODE_CEASED column that no return has; the episode's
			// DEC is that date.
			for i := range c.R.Episodes {
				if e := &c.R.Episodes[i]; e.DEC == "" && e.REASON_PLACE_CHANGE != "" {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "234", Check: check234},
	)
}

// flagEpisodeCode flags each episode whose value of a coded field is present but not one of the codes
// (a blank is for the rules about missing values).
func flagEpisodeCode(c *Check, field func(*EpisodeRow) string, codes codeSet) {
	for i := range c.R.Episodes {
		if v := field(&c.R.Episodes[i]); v != "" && !codes.has(v) {
			c.Flag(Episodes, i)
		}
	}
}

// The placement types that need no provider, URN or reason for a change of placement.
var (
	// otherPlaces2026 are the other placements that replaced Z1 for 2025/26.
	otherPlaces2026 = newCodeSet("Z11", "Z12", "Z13", "Z14")
	// noURN2025 and noURN2026 are the placement types not registered with Ofsted, so without a URN. The
	// DfE's validator has only the 2024/25 list; Hearth replaces Z1 by Z11 to Z14 from 2025/26, as rules
	// 213 and 218 do.
	noURN2025 = newCodeSet("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")
	noURN2026 = newCodeSet("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14")
)

// forEachChildEpisodes calls f once for each child with their episodes by start date (as EpisodesOf
// gives them), in no particular order (the report sorts the findings).
func forEachChildEpisodes(c *Check, f func(eps []int)) {
	for _, eps := range c.R.ix().episodes {
		f(eps)
	}
}

// check225 flags an episode that ended in a change of placement within care (REC X1) with no reason for
// the change, when the next episode is a new placement (RNE P, B, T or U) and neither is temporary.
func check225(c *Check) {
	forEachChildEpisodes(c, func(eps []int) {
		for n := 0; n+1 < len(eps); n++ {
			e, next := &c.R.Episodes[eps[n]], &c.R.Episodes[eps[n+1]]
			if e.REC == "X1" && e.REASON_PLACE_CHANGE == "" && !isTemporary(e.PLACE) &&
				oneOf(next.RNE, "P", "B", "T", "U") && !isTemporary(next.PLACE) {
				c.Flag(Episodes, eps[n])
			}
		}
	})
}

// check234 flags a placement change for custody (CUSTOD, recorded on the episode that ended) when the
// child was under 10 on the day of the change: the episode's DEC, or its DECOM while it has none. The
// DfE's validator reads a DOB column that the Episodes table does not have; Hearth takes the date of
// birth from the child's Header row.
func check234(c *Check) {
	for i := range c.R.Episodes {
		e := &c.R.Episodes[i]
		if e.REASON_PLACE_CHANGE != "CUSTOD" {
			continue
		}
		dob := headerDOB(c.R, e.CHILD)
		if dob.IsZero() {
			continue
		}
		on := e.DECDate
		if on.IsZero() {
			on = e.DECOMDate
		}
		if !on.IsZero() && on.Before(birthday(dob, 10)) {
			c.Flag(Episodes, i)
		}
	}
}
