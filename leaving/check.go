package leaving

import (
	"fmt"
	"strings"
	"time"

	"hearth"
	"hearth/frontdoor"
)

// check collects what is wrong with one row, so that a form can show every mistake at once rather than one
// per attempt. Each problem starts with the column it is about, then says in plain words what is wrong
// (naming the DfE item where there is one).
type check struct {
	what     string // the row, in words, with its table: "contact with a care leaver (leaving_contacts)"
	problems []string
}

func (c *check) add(column, format string, args ...any) {
	c.problems = append(c.problems, column+": "+fmt.Sprintf(format, args...))
}

// err returns nil when nothing is wrong, or an EINVALID error listing every problem.
func (c *check) err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return hearth.Errorf(hearth.EINVALID, "%s: %s", c.what, strings.Join(c.problems, "; "))
}

// id reports a missing reference.
func (c *check) id(column string, v hearth.ID, desc string) {
	if v == 0 {
		c.add(column, "%s is required", desc)
	}
}

// date reports a missing date.
func (c *check) date(column string, v hearth.Date, desc string) {
	if v.IsZero() {
		c.add(column, "%s is required", desc)
	}
}

// text reports missing text.
func (c *check) text(column, v, desc string) {
	if strings.TrimSpace(v) == "" {
		c.add(column, "%s is required", desc)
	}
}

// code checks that v is in list (desc names the list); empty is allowed unless required.
func (c *check) code(column, v string, list frontdoor.CodeList, desc string, required bool) {
	switch {
	case v == "" && required:
		c.add(column, "the %s is required", desc)
	case v != "" && !list.Has(v):
		c.add(column, "%q is not a %s code (the codes are %s)", v, desc, list)
	}
}

// codes checks that each of v is in list.
func (c *check) codes(column string, v hearth.Codes, list frontdoor.CodeList, desc string) {
	for _, x := range v {
		c.code(column, x, list, desc, false)
	}
}

// order reports the later date being before the earlier one, when both are recorded; it names the later
// column, which is the one usually mistyped.
func (c *check) order(earlierDesc string, earlier hearth.Date, laterColumn, laterDesc string, later hearth.Date) {
	if !earlier.IsZero() && !later.IsZero() && later.Before(earlier) {
		c.add(laterColumn, "%s is %s, before %s on %s", laterDesc, later.UK(), earlierDesc, earlier.UK())
	}
}

// both reports one of a pair recorded without the other (an end date without its reason, say).
func (c *check) both(aColumn string, aSet bool, aDesc, bColumn string, bSet bool, bDesc string) {
	switch {
	case aSet && !bSet:
		c.add(bColumn, "%s is required with %s", bDesc, aDesc)
	case bSet && !aSet:
		c.add(aColumn, "%s is required with %s", aDesc, bDesc)
	}
}

// orderTime reports the later moment being before the earlier one, when both are recorded.
func (c *check) orderTime(earlierDesc string, earlier time.Time, laterColumn, laterDesc string, later time.Time) {
	if !earlier.IsZero() && !later.IsZero() && later.Before(earlier) {
		c.add(laterColumn, "%s is %s, before %s at %s", laterDesc, later.Format(moment), earlierDesc, earlier.Format(moment))
	}
}

// moment is how messages write a time: 14:30 on 02/01/2025.
const moment = "15:04 on 02/01/2006"
