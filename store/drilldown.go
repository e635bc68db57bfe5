package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"hearth"
	"hearth/access"
)

// CountedChild is one child behind a figure, with how many of the figure's items are about them (a child
// with two contacts in the year is counted twice by "contacts decided within one working day").
type CountedChild struct {
	ChildListItem
	Items int
}

// CountedChildren is one page of the children behind a figure that a user may see.
type CountedChildren struct {
	Children []CountedChild
	// Total is how many different children behind the figure the user may see; Outside how many more
	// are behind it but outside the user's reach (a team manager drilling into a figure of the whole
	// service sees their team's children and a count of the rest).
	Total   int
	Outside int
	Page    Page
}

// ChildrenCounted returns one page of the children among ids (a measure's numerator or denominator, one
// entry per item counted) that s may see on a date, in order of their id, and writes the listing to the
// audit log with what it was for. It uses the reach of VisibleChildren, so a drill-down never shows a
// child the user could not find another way, and it hides the names on restricted records the user is
// not named on.
func (db *DB) ChildrenCounted(ctx context.Context, actor hearth.Actor, s access.Subject, on hearth.Date, ids []hearth.ID, what string, page Page) (CountedChildren, error) {
	page = page.norm()
	out := CountedChildren{Page: page}
	items := map[hearth.ID]int{}
	for _, id := range ids {
		items[id]++
	}
	distinct := make([]hearth.ID, 0, len(items))
	for id := range items {
		distinct = append(distinct, id)
	}
	slices.Sort(distinct)
	if !access.CanSeeChildData(s.Role) || s.Ended(db.Now()) {
		out.Outside = len(distinct)
		return out, nil
	}
	visible, err := db.withinReach(ctx, s, on, distinct)
	if err != nil {
		return out, err
	}
	out.Total, out.Outside = len(visible), len(distinct)-len(visible)
	from, to := page.slice(len(visible))
	rows, err := db.childListItems(ctx, s, visible[from:to])
	if err != nil {
		return out, err
	}
	for _, c := range rows {
		out.Children = append(out.Children, CountedChild{ChildListItem: c, Items: items[c.PersonID]})
	}
	return out, db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionList, Table: "person",
		Detail: fmt.Sprintf("children behind %s: %d to %d of %d", what, from+1, to, out.Total)})
}

// withinReach returns those of ids (sorted) that are within s's reach on a date, in the same order. An
// organisation-wide role reaches every child, so only the ids of people who are not children or whose
// row stands in error drop out; for the others the reach is read once and intersected here, which
// costs one query however many children the figure has.
func (db *DB) withinReach(ctx context.Context, s access.Subject, on hearth.Date, ids []hearth.ID) ([]hearth.ID, error) {
	where, args := db.reachCondition(s, on)
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT p.id FROM person p WHERE `+where), args...)
	if err != nil {
		return nil, fmt.Errorf("reading the children a user may see: %w", err)
	}
	defer rows.Close()
	reach := map[hearth.ID]bool{}
	for rows.Next() {
		var id hearth.ID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		reach[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []hearth.ID
	for _, id := range ids {
		if reach[id] {
			out = append(out, id)
		}
	}
	return out, nil
}

// childListItems reads the list entries of the given children, in the order given.
func (db *DB) childListItems(ctx context.Context, s access.Subject, ids []hearth.ID) ([]ChildListItem, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := []any{s.UserID}
	marks := make([]string, len(ids))
	for i, id := range ids {
		marks[i], args = "?", append(args, id)
	}
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT `+childListColumns+` FROM person p WHERE p.id IN (`+strings.Join(marks, ", ")+`)`), args...)
	if err != nil {
		return nil, fmt.Errorf("reading the children of a list: %w", err)
	}
	defer rows.Close()
	byID := map[hearth.ID]ChildListItem{}
	for rows.Next() {
		c, err := scanChildListItem(rows)
		if err != nil {
			return nil, err
		}
		byID[c.PersonID] = c
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]ChildListItem, 0, len(ids))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}
