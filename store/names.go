package store

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"hearth"
)

// Names holds the names of the workers, teams and people that a child's record refers to by id, so that
// the pages, the summary and the chronology can say "Priya Shah" rather than "worker 5012". It implements
// chronology.Namer.
type Names struct {
	Workers map[hearth.ID]string
	Teams   map[hearth.ID]string
	People  map[hearth.ID]PersonName
}

// PersonName is what a page shows of another person named in a child's record: a household member, a
// relative, an adopter.
type PersonName struct {
	Forename  string
	Surname   string
	BirthDate hearth.Date
	IsChild   bool
}

// Full returns the forename and surname.
func (p PersonName) Full() string { return strings.TrimSpace(p.Forename + " " + p.Surname) }

// Worker returns a worker's name, or "" when unknown.
func (n *Names) Worker(id hearth.ID) string {
	if n == nil {
		return ""
	}
	return n.Workers[id]
}

// Team returns a team's name, or "" when unknown.
func (n *Names) Team(id hearth.ID) string {
	if n == nil {
		return ""
	}
	return n.Teams[id]
}

// Person returns a person's full name, or "" when unknown.
func (n *Names) Person(id hearth.ID) string {
	if n == nil {
		return ""
	}
	return n.People[id].Full()
}

// NamesFor reads the names of every worker, team and person the rows of rec refer to (every column whose
// ref is professionals, department or person), in three queries. It is not audited on its own: the
// record it names was read, and audited, by LoadChild.
func (db *DB) NamesFor(ctx context.Context, rec *ChildRecord) (*Names, error) {
	workers, teams, people := map[hearth.ID]bool{}, map[hearth.ID]bool{}, map[hearth.ID]bool{}
	for name, rows := range rec.tables {
		info := schema().byName[name]
		v := reflect.ValueOf(rows)
		for _, c := range info.cols {
			var set map[hearth.ID]bool
			switch c.Ref {
			case "professionals":
				set = workers
			case "department":
				set = teams
			case "person":
				if c.Name == "person_id" {
					continue
				}
				set = people
			default:
				continue
			}
			for i := 0; i < v.Len(); i++ {
				if id := v.Index(i).FieldByIndex(c.index).Int(); id != 0 {
					set[id] = true
				}
			}
		}
	}
	return db.names(ctx, workers, teams, people)
}

// names reads the names of the given workers, teams and people.
func (db *DB) names(ctx context.Context, workers, teams, people map[hearth.ID]bool) (*Names, error) {
	n := &Names{Workers: map[hearth.ID]string{}, Teams: map[hearth.ID]string{}, People: map[hearth.ID]PersonName{}}
	err := db.eachIn(ctx, `SELECT id, name FROM professionals WHERE id IN (%s)`, workers, func(scan func(...any) error) error {
		var id hearth.ID
		var name string
		if err := scan(&id, &name); err != nil {
			return err
		}
		n.Workers[id] = name
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading workers' names: %w", err)
	}
	err = db.eachIn(ctx, `SELECT id, name FROM department WHERE id IN (%s)`, teams, func(scan func(...any) error) error {
		var id hearth.ID
		var name string
		if err := scan(&id, &name); err != nil {
			return err
		}
		n.Teams[id] = name
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading teams' names: %w", err)
	}
	err = db.eachIn(ctx, `SELECT id, forename, surname, birth_date, is_child FROM person WHERE id IN (%s)`, people, func(scan func(...any) error) error {
		var id hearth.ID
		var p PersonName
		if err := scan(&id, &p.Forename, &p.Surname, &p.BirthDate, &p.IsChild); err != nil {
			return err
		}
		n.People[id] = p
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading people's names: %w", err)
	}
	return n, nil
}

// eachIn runs query, whose %s is filled with a placeholder for each id, in batches of at most 500 ids,
// calling fn for each row.
func (db *DB) eachIn(ctx context.Context, query string, ids map[hearth.ID]bool, fn func(scan func(...any) error) error) error {
	list := make([]hearth.ID, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	slices.Sort(list)
	for len(list) > 0 {
		batch := list[:min(500, len(list))]
		list = list[len(batch):]
		args := make([]any, len(batch))
		for i, id := range batch {
			args[i] = id
		}
		q := db.rebind(fmt.Sprintf(query, strings.TrimSuffix(strings.Repeat("?,", len(batch)), ",")))
		rows, err := db.sql.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := fn(rows.Scan); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
