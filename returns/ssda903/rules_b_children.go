package ssda903

import "hearth"

// The rules about a child's own details (Header and UASC) and about the placement's provider: 241 to 304,
// 351, 352, 393, 442 and 444; and the rules in this range that need data a return does not carry.

// firstEpisodeDate is the earliest date an episode may start: 14 October 1991, when the Children Act 1989
// came into force.
var firstEpisodeDate = hearth.NewDate(1991, 10, 14)

func init() {
	register(
		// The provider's premises come from Ofsted's list, and PL_LA from the placement's postcode.
		&Rule{Code: "241", Needs: NeedsProviders, Check: notRunHere},
		&Rule{Code: "242", Check: func(c *Check) {
			// The URN XXXXXXX stands for a regional adoption agency, so only placements for adoption
			// and foster placements with adopters may carry it.
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.URN == "XXXXXXX" && !oneOf(e.PLACE, adoptionPlacements...) && !oneOf(e.PLACE, fosterPlacements...) {
					c.Flag(Episodes, i)
				}
			}
		}},
		// PL_LA (outside England or not known) is worked out from the placement's postcode.
		&Rule{Code: "243", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "301", Check: func(c *Check) {
			end := c.End()
			for i := range c.R.Header {
				if c.R.Header[i].DOBDate.After(end) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "302", Check: func(c *Check) {
			// The child's first episode (by start date) against the Header's date of birth: both rows
			// are flagged.
			for child, rows := range c.R.ix().episodes {
				h, ok := c.R.ix().header[child]
				if !ok {
					continue
				}
				first, dob := rows[0], c.R.Header[h].DOBDate
				if start := c.R.Episodes[first].DECOMDate; !start.IsZero() && !dob.IsZero() && dob.After(start) {
					c.Flag(Episodes, first)
					c.Flag(Header, h)
				}
			}
		}},
		&Rule{Code: "304", Check: func(c *Check) {
			for i := range c.R.UASC {
				u := &c.R.UASC[i]
				if !u.DUCDate.IsZero() && !u.DOBDate.IsZero() && u.DUCDate.After(birthday(u.DOBDate, 18)) {
					c.Flag(UASC, i)
				}
			}
		}},
		&Rule{Code: "351", Check: func(c *Check) {
			// The DfE raised the age from 21 to 25 (its 2024/25 message), as care leavers are now
			// supported to 25.
			start := c.Start()
			for i := range c.R.Header {
				if dob := c.R.Header[i].DOBDate; !dob.IsZero() && start.After(birthday(dob, 25)) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "352", Check: func(c *Check) {
			for i := range c.R.Episodes {
				e := &c.R.Episodes[i]
				if e.RNE != "S" || e.DECOMDate.IsZero() {
					continue
				}
				if dob := headerDOB(c.R, e.CHILD); !dob.IsZero() && onOrAfter(e.DECOMDate, birthday(dob, 18)) {
					c.Flag(Episodes, i)
				}
			}
		}},
		&Rule{Code: "393", Check: func(c *Check) {
			// A girl looked after other than only for respite needs her mother status (MOTHER).
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.SEX == "F" && h.MOTHER == "" && !allRespite(c.R, c.R.EpisodesOf(h.CHILD)) && len(c.R.EpisodesOf(h.CHILD)) > 0 {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "442", Check: func(c *Check) {
			// A child looked after other than only for respite needs a UPN (UN1 to UN5 when unknown).
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.UPN == "" && !allRespite(c.R, c.R.EpisodesOf(h.CHILD)) && len(c.R.EpisodesOf(h.CHILD)) > 0 {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "444", Check: func(c *Check) {
			// Each child's UPN is their own; the codes for an unknown UPN (UN1 to UN5) may repeat. The
			// map of UPNs is built once, for the whole table.
			seen := make(map[string]int, len(c.R.Header)) // UPN to how many Header rows have it
			for i := range c.R.Header {
				if upn := c.R.Header[i].UPN; upn != "" && !isUnknownUPNCode(upn) {
					seen[upn]++
				}
			}
			for i := range c.R.Header {
				if seen[c.R.Header[i].UPN] > 1 {
					c.Flag(Header, i)
				}
			}
		}},
		// PL_DISTANCE, PL_LA and PL_LOCATION are worked out from the postcodes' locations, and a
		// postcode's validity from the postcode directory.
		&Rule{Code: "392a", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "392c", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "406", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "411", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "420", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "452", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "453", Needs: NeedsPostcodes, Check: notRunHere},
		&Rule{Code: "454", Needs: NeedsPostcodes, Check: notRunHere},
	)
}

// isUnknownUPNCode says whether a UPN is one of the codes for a UPN that is not known (UN1 to UN5).
func isUnknownUPNCode(upn string) bool { return oneOf(upn, "UN1", "UN2", "UN3", "UN4", "UN5") }
