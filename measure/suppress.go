package measure

import (
	"slices"

	"hearth"
)

// SmallNumber is the smallest count shown to panel members: 1 to 4 are suppressed, because a count that
// small about children in one authority can identify them. 0 is shown: it identifies nobody.
const SmallNumber = 5

// Small reports whether a count is too small to show to panel members.
func Small(n int) bool { return n > 0 && n < SmallNumber }

// ForRole returns the result as the role may see it: panel members see figures only, with small numbers
// suppressed (ForPanel); everyone else sees it whole. Whether someone may drill down to the children is
// the web application's decision, made with the access rules; this only makes sure the figures a panel
// member sees cannot identify a child.
func ForRole(r Result, role hearth.Role) Result {
	if role == hearth.RolePanelMember {
		return ForPanel(r)
	}
	return r
}

// ForPanel returns the result with no person ids and with small numbers suppressed: a figure whose
// numerator, denominator or the difference between them (those not in the numerator) is from 1 to 4 shows
// no numbers at all, and is marked Suppressed. A rate's denominator is the population, which is never
// small. In a breakdown, when exactly one row is suppressed, the next smallest row is suppressed too, so
// that the suppressed row cannot be worked out from the total.
func ForPanel(r Result) Result {
	r.NumeratorIDs, r.DenominatorIDs = nil, nil
	rows := make([]Result, len(r.Breakdown))
	suppressed := 0
	for i, b := range r.Breakdown {
		rows[i] = ForPanel(b)
		if rows[i].Suppressed {
			suppressed++
		}
	}
	if suppressed == 1 {
		order := make([]int, len(rows))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return r.Breakdown[a].Denominator - r.Breakdown[b].Denominator })
		for _, i := range order {
			if !rows[i].Suppressed && r.Breakdown[i].Denominator > 0 {
				rows[i] = suppress(rows[i])
				break
			}
		}
	}
	if len(rows) > 0 {
		r.Breakdown = rows
	}
	if tooSmall(r) {
		return suppress(r)
	}
	return r
}

// tooSmall reports whether a result's numbers could identify a child.
func tooSmall(r Result) bool {
	if Small(r.Numerator) {
		return true
	}
	if isRate(r) {
		return false // the denominator is the population
	}
	return Small(r.Denominator) || Small(r.Denominator-r.Numerator)
}

// isRate reports whether the result is of a measure per 10,000 children.
func isRate(r Result) bool {
	m, ok := Lookup(r.MeasureID)
	return ok && m.Unit == PerTenThousand
}

// suppress empties a result's numbers and marks it.
func suppress(r Result) Result {
	r.Numerator, r.Denominator, r.Value, r.Defined, r.Spread = 0, 0, 0, false, nil
	r.NumeratorIDs, r.DenominatorIDs = nil, nil
	r.Suppressed = true
	return r
}
