package ssda903

import (
	"time"

	"hearth"
)

// The rules about the Header table, codes 165 to 232: a child's UPN, motherhood, sex and age.

func init() {
	register(
		&Rule{Code: "165", Check: check165},
		&Rule{Code: "168", Check: func(c *Check) {
			for i := range c.R.Header {
				if u := c.R.Header[i].UPN; u != "" && !validUPN(u) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "171", Check: func(c *Check) {
			for i := range c.R.Header {
				if notADate(c.R.Header[i].MC_DOB, c.R.Header[i].MC_DOBDate) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "174", Check: func(c *Check) {
			for i := range c.R.Header {
				if h := &c.R.Header[i]; h.SEX == "M" && h.MC_DOB != "" {
					c.Flag(Header, i)
				}
			}
		}},
	)
}

// check165 checks MOTHER (whether the child is a mother) for each child with an episode that is not a
// short break (V3, V4): when given it must be 0 or 1 and the child not male; a girl looked after in the
// year must have it; and, as the DfE's validator has it, a girl with no episode in the year who has
// care-leaver data must not. A finding points at the Header row and at the child's OC3 rows. The DfE's
// validator still tests the sex codes used before 2024/25 (1 and 2); Hearth tests M and F.
func check165(c *Check) {
	start, end := c.Start(), c.End()
	for i := range c.R.Header {
		h := &c.R.Header[i]
		cared, inYear := false, false
		for _, k := range c.R.EpisodesOf(h.CHILD) {
			e := &c.R.Episodes[k]
			if equalFold(e.LS, "V3") || equalFold(e.LS, "V4") {
				continue
			}
			cared = true
			if !e.DECOMDate.IsZero() && !e.DECOMDate.After(end) && (e.DECDate.IsZero() || !e.DECDate.Before(start)) {
				inYear = true
			}
		}
		if !cared {
			continue
		}
		given := h.MOTHER != ""
		female := h.SEX == "F"
		bad := (given && h.MOTHER != "0" && h.MOTHER != "1") || (given && h.SEX == "M") || (!given && female && inYear)
		if !bad && given && female && !inYear {
			for _, k := range c.R.ChildRows(OC3, h.CHILD) {
				bad = bad || c.R.OC3[k].hasData()
			}
		}
		if bad {
			c.Flag(Header, i)
			for _, k := range c.R.ChildRows(OC3, h.CHILD) {
				c.Flag(OC3, k)
			}
		}
	}
}

// validUPN says whether a UPN is well formed: a letter other than I, O or S, eleven digits and a digit or
// letter (the last may be a letter for a temporary UPN), or one of the codes for an unknown UPN, UN1 to
// UN5.
func validUPN(u string) bool {
	if len(u) == 3 {
		return u[0] == 'U' && u[1] == 'N' && u[2] >= '1' && u[2] <= '5'
	}
	if len(u) != 13 || u[0] < 'A' || u[0] > 'Z' || u[0] == 'I' || u[0] == 'O' || u[0] == 'S' {
		return false
	}
	for k := 1; k < 12; k++ {
		if u[k] < '0' || u[k] > '9' {
			return false
		}
	}
	return (u[12] >= '0' && u[12] <= '9') || (u[12] >= 'A' && u[12] <= 'Z')
}

func init() {
	register(
		&Rule{Code: "209", Check: func(c *Check) {
			// A child 4 or over on the 31 August before the year began is of school age, so has a UPN or
			// an unknown-UPN code other than UN1.
			ref := hearth.NewDate(c.Year-2, time.August, 31)
			for i := range c.R.Header {
				h := &c.R.Header[i]
				if h.UPN == "UN1" && !h.DOBDate.IsZero() && !birthday(h.DOBDate, 4).After(ref) {
					c.Flag(Header, i)
				}
			}
		}},
		&Rule{Code: "210", Check: check210},
		&Rule{Code: "231", Check: func(c *Check) {
			// A query: UASC children are usually older, so one under 11 at the year end may have a wrong
			// date of birth. The DfE's validator reads a UASC_STATUS column that no return has; as for
			// the other UASC rules, a child is UASC when the UASC table has a row for them.
			under := c.End().AddMonths(-11 * 12)
			for i := range c.R.UASC {
				child := c.R.UASC[i].CHILD
				if c.R.ChildRows(UASC, child)[0] != i {
					continue // each child once
				}
				for _, k := range c.R.ChildRows(Header, child) {
					if d := c.R.Header[k].DOBDate; !d.IsZero() && d.After(under) {
						c.Flag(Header, k)
					}
				}
			}
		}},
		&Rule{Code: "232", Check: func(c *Check) {
			// A query: a child's sex reported as unknown.
			for i := range c.R.Header {
				if equalFold(c.R.Header[i].SEX, "U") {
					c.Flag(Header, i)
				}
			}
		}},
	)
}

// check210 flags UN4 (UPN not yet obtained), which only a child newly looked after may have, for a child
// who at 31 March had been looked after for more than a week: in care on 31 March in a period of care
// (episodes following on from each other without a break) that began before 24 March. The finding points
// at the Header row and the episode that began the period.
//
// The DfE's validator flags the opposite (a UN4 child with an episode starting on or after 24 March, who
// has been looked after for less than a week); Hearth follows the message.
func check210(c *Check) {
	newSince := hearth.NewDate(c.Year, time.March, 24)
	for i := range c.R.Header {
		h := &c.R.Header[i]
		if h.UPN != "UN4" {
			continue
		}
		eps := c.R.EpisodesOf(h.CHILD)
		k := len(eps) - 1
		for k >= 0 && c.R.Episodes[eps[k]].DECOMDate.IsZero() {
			k--
		}
		if k < 0 {
			continue
		}
		if dec := c.R.Episodes[eps[k]].DECDate; !dec.IsZero() && !dec.After(c.End()) {
			continue // not looked after on 31 March
		}
		for k > 0 && c.R.Episodes[eps[k-1]].DECDate == c.R.Episodes[eps[k]].DECOMDate {
			k--
		}
		if c.R.Episodes[eps[k]].DECOMDate.Before(newSince) {
			c.Flag(Header, i)
			c.Flag(Episodes, eps[k])
		}
	}
}
