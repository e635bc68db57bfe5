package frontdoor

import (
	"fmt"
	"strings"
	"time"

	"hearth"
)

// check collects what is wrong with one row, so that a form can show every mistake at once rather than
// one per attempt. Each problem names the column it is about.
type check struct {
	what     string // the row, in words: "contact", "MASH check"
	problems []string
}

func (c *check) add(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// err returns nil when nothing is wrong, or an EINVALID error listing every problem.
func (c *check) err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return hearth.Errorf(hearth.EINVALID, "%s: %s", c.what, strings.Join(c.problems, "; "))
}

func (c *check) id(col string, v hearth.ID, desc string) {
	if v == 0 {
		c.add("%s (%s) is required", col, desc)
	}
}

func (c *check) text(col, v, desc string) {
	if strings.TrimSpace(v) == "" {
		c.add("%s (%s) is required", col, desc)
	}
}

func (c *check) date(col string, v hearth.Date, desc string) {
	if v.IsZero() {
		c.add("%s (%s) is required", col, desc)
	}
}

func (c *check) time(col string, v time.Time, desc string) {
	if v.IsZero() {
		c.add("%s (%s) is required", col, desc)
	}
}

// code checks an optional code: empty is allowed, anything else must be in the list.
func (c *check) code(col, v string, list CodeList) {
	if v != "" && !list.Has(v) {
		c.add("%s %q is not one of the codes %s", col, v, list)
	}
}

// requiredCode checks a code that must be there and must be in the list.
func (c *check) requiredCode(col, v string, list CodeList, desc string) {
	if v == "" {
		c.add("%s (%s) is required, one of %s", col, desc, list)
		return
	}
	c.code(col, v, list)
}

// codes checks that every code of a set is in the list and none is repeated.
func (c *check) codes(col string, v hearth.Codes, list CodeList) {
	seen := map[string]bool{}
	for _, x := range v {
		if !list.Has(x) {
			c.add("%s %q is not one of the codes %s", col, x, list)
		}
		if seen[x] {
			c.add("%s has %q more than once", col, x)
		}
		seen[x] = true
	}
}

// order checks that the later date is not before the earlier one when both are recorded.
func (c *check) order(earlierCol string, earlier hearth.Date, laterCol string, later hearth.Date) {
	if !earlier.IsZero() && !later.IsZero() && later.Before(earlier) {
		c.add("%s %s is before %s %s", laterCol, later, earlierCol, earlier)
	}
}

// orderTime checks that the later moment is not before the earlier one when both are recorded.
func (c *check) orderTime(earlierCol string, earlier time.Time, laterCol string, later time.Time) {
	if !earlier.IsZero() && !later.IsZero() && later.Before(earlier) {
		c.add("%s %s is before %s %s", laterCol, later.Format(time.RFC3339), earlierCol, earlier.Format(time.RFC3339))
	}
}
