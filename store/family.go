package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"hearth"
)

// FamilyMember is one person in a child's family or household, as the child's record page lists them.
type FamilyMember struct {
	PersonID hearth.ID
	Name     PersonName
	// Relationship is what the person is to the child, in words: "parent", "step-parent", "sibling",
	// "carer", "grandparent", "child" (the child is their parent), "household member" (someone who lives
	// with the child without being a relative, such as a parent's partner). Relationships are stored once,
	// from one person to the other, and read here in both directions.
	Relationship string
	// ParentalResponsibility is true when the person holds parental responsibility for the child.
	ParentalResponsibility bool
	// InHousehold is true when the person lives in the child's household on the date asked about.
	InHousehold bool
	// Restricted is true when the person's own record is sealed; their name is then left empty.
	Restricted bool
}

// Family returns the people related to a child (relationships current on the date, read in both
// directions) and the members of the child's household on the date, each once, relatives first. Reading it
// is a read of the child's record and is written to the audit log. A page that has already read the
// record with LoadChild (and so audited it) should call FamilyOf instead, which saves an audit write.
func (db *DB) Family(ctx context.Context, actor hearth.Actor, personID hearth.ID, on hearth.Date) ([]FamilyMember, error) {
	out, err := db.family(ctx, personID, on)
	if err != nil {
		return nil, err
	}
	err = db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionRead, PersonID: personID, Table: "relationships",
		Detail: "family and household"})
	return out, err
}

// FamilyOf is Family for the child of a record LoadChild returned. It writes no audit entry of its own:
// reading the family is part of reading the record, which LoadChild has already written to the audit log,
// and taking the record (rather than an id) means no caller can reach a family without that read.
func (db *DB) FamilyOf(ctx context.Context, rec *ChildRecord, on hearth.Date) ([]FamilyMember, error) {
	return db.family(ctx, rec.Person.ID, on)
}

// family reads a child's family and household on a date, with their names.
func (db *DB) family(ctx context.Context, personID hearth.ID, on hearth.Date) ([]FamilyMember, error) {
	d := db.Engine.arg(on)
	rows, err := db.sql.QueryContext(ctx, db.rebind(`SELECT r.person_id, r.related_person_id, r.kind, r.parental_responsibility
		FROM relationships r WHERE (r.person_id = ? OR r.related_person_id = ?) AND r.record_status = 'active'
		AND (r.start_date IS NULL OR r.start_date <= ?) AND (r.end_date IS NULL OR r.end_date >= ?)
		ORDER BY r.id`), personID, personID, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the relationships of person %d: %w", personID, err)
	}
	var out []FamilyMember
	index := map[hearth.ID]int{}
	for rows.Next() {
		var from, to hearth.ID
		var kind string
		var pr any
		if err := rows.Scan(&from, &to, &kind, &pr); err != nil {
			rows.Close()
			return nil, err
		}
		m := FamilyMember{PersonID: from, Relationship: relationshipWords(kind, false)}
		if from == personID {
			m = FamilyMember{PersonID: to, Relationship: relationshipWords(kind, true)}
		} else {
			m.ParentalResponsibility = truthy(pr)
		}
		if i, ok := index[m.PersonID]; ok {
			out[i].ParentalResponsibility = out[i].ParentalResponsibility || m.ParentalResponsibility
			continue
		}
		index[m.PersonID] = len(out)
		out = append(out, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	members, err := db.ids(ctx, `SELECT member_id FROM household_members WHERE person_id = ? AND record_status = 'active'
		AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?) ORDER BY id`, personID, d, d)
	if err != nil {
		return nil, fmt.Errorf("reading the household of person %d: %w", personID, err)
	}
	for _, id := range members {
		if id == personID {
			continue
		}
		if i, ok := index[id]; ok {
			out[i].InHousehold = true
			continue
		}
		index[id] = len(out)
		out = append(out, FamilyMember{PersonID: id, Relationship: "household member", InHousehold: true})
	}

	ids := map[hearth.ID]bool{}
	for _, m := range out {
		ids[m.PersonID] = true
	}
	restricted := map[hearth.ID]bool{}
	err = db.eachIn(ctx, `SELECT id, forename, surname, birth_date, is_child, restricted FROM person WHERE id IN (%s)`, ids,
		func(scan func(...any) error) error {
			var id hearth.ID
			var p PersonName
			var r any
			if err := scan(&id, &p.Forename, &p.Surname, &p.BirthDate, &p.IsChild, &r); err != nil {
				return err
			}
			if truthy(r) {
				restricted[id] = true
				p = PersonName{IsChild: p.IsChild}
			}
			i := index[id]
			out[i].Name, out[i].Restricted = p, restricted[id]
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("reading the names of person %d's family: %w", personID, err)
	}
	slices.SortStableFunc(out, func(a, b FamilyMember) int { return familyOrder(a) - familyOrder(b) })
	return out, nil
}

// familyOrder lists parents and carers first, then siblings, then everyone else.
func familyOrder(m FamilyMember) int {
	switch m.Relationship {
	case "parent", "step-parent", "carer":
		return 0
	case "sibling":
		return 1
	}
	return 2
}

// relationshipWords says what the other person is to the child. A relationship row says what its first
// person is to its second; when the child is the first person (childFirst), the words are turned round.
func relationshipWords(kind string, childFirst bool) string {
	if !childFirst {
		return strings.ReplaceAll(strings.ReplaceAll(kind, "step_parent", "step-parent"), "_", " ")
	}
	switch kind {
	case "parent":
		return "child"
	case "step_parent":
		return "step-child"
	case "carer":
		return "cared for"
	case "grandparent":
		return "grandchild"
	case "sibling", "other_relative", "household_member":
		return strings.ReplaceAll(kind, "_", " ")
	}
	return "related (" + strings.ReplaceAll(kind, "_", " ") + ")"
}
