package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/store/storetest"
	"hearth/workforce"
)

func TestFamilyAndNames(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		child := newChild(t, db)
		person := func(fore string, restricted bool) hearth.ID {
			p := &hearth.Person{Forename: fore, Surname: "Okafor", Restricted: restricted}
			if err := db.Insert(ctx, worker, p); err != nil {
				t.Fatal(err)
			}
			return p.ID
		}
		mother, brother, partner, sealed := person("Ngozi", false), person("Tobi", false), person("Dan", false), person("Sealed", true)
		for _, row := range []any{
			&hearth.Relationship{PersonID: mother, RelatedPersonID: child.ID, Kind: "parent", ParentalResponsibility: true},
			&hearth.Relationship{PersonID: child.ID, RelatedPersonID: brother, Kind: "sibling"},
			&hearth.Relationship{PersonID: sealed, RelatedPersonID: child.ID, Kind: "other_relative"},
			&hearth.Relationship{PersonID: partner, RelatedPersonID: child.ID, Kind: "step_parent", EndDate: hearth.NewDate(2020, 1, 1)},
			&hearth.HouseholdMember{PersonID: child.ID, MemberID: mother, StartDate: hearth.NewDate(2014, 3, 9)},
			&hearth.HouseholdMember{PersonID: child.ID, MemberID: partner, StartDate: hearth.NewDate(2023, 1, 1)},
		} {
			if err := db.Insert(ctx, worker, row); err != nil {
				t.Fatal(err)
			}
		}
		loaded, err := db.LoadChild(ctx, worker, child.ID, "test")
		if err != nil {
			t.Fatal(err)
		}
		fam, err := db.FamilyOf(ctx, loaded, hearth.NewDate(2025, 1, 1))
		if err != nil {
			t.Fatal(err)
		}
		audited, err := db.Family(ctx, worker, child.ID, hearth.NewDate(2025, 1, 1))
		if err != nil || len(audited) != len(fam) {
			t.Fatalf("Family by id = %d members, %v; FamilyOf = %d", len(audited), err, len(fam))
		}
		var n int
		if err := db.SQL().QueryRowContext(ctx, rebind(db, `SELECT COUNT(*) FROM audit_log WHERE person_id = ? AND table_name = 'relationships' AND action = 'read'`),
			child.ID).Scan(&n); err != nil || n != 1 {
			t.Fatalf("family reads by id audited: %d, %v (FamilyOf writes none; Family one)", n, err)
		}
		type got struct {
			name, rel  string
			pr, inHome bool
		}
		var list []got
		for _, m := range fam {
			list = append(list, got{m.Name.Forename, m.Relationship, m.ParentalResponsibility, m.InHousehold})
		}
		want := []got{{"Ngozi", "parent", true, true}, {"Tobi", "sibling", false, false}, {"", "other relative", false, false},
			{"Dan", "household member", false, true}}
		if len(list) != len(want) {
			t.Fatalf("family = %+v", list)
		}
		for i := range want {
			if list[i] != want[i] {
				t.Errorf("family member %d = %+v, want %+v", i, list[i], want[i])
			}
		}
		if !fam[2].Restricted {
			t.Error("the sealed relative is not marked restricted")
		}

		team := &hearth.Team{Name: "Assessment Team North"}
		if err := db.Insert(ctx, worker, team); err != nil {
			t.Fatal(err)
		}
		w := &hearth.Worker{StaffID: "S1", Name: "Priya Shah", Employment: "permanent", TeamID: team.ID}
		if err := db.Insert(ctx, worker, w); err != nil {
			t.Fatal(err)
		}
		if err := db.Insert(ctx, worker, &workforce.Allocation{PersonID: child.ID, WorkerID: w.ID, Role: workforce.RoleSocialWorker,
			TeamID: team.ID, StartDate: hearth.NewDate(2024, 1, 1)}); err != nil {
			t.Fatal(err)
		}
		rec, err := db.LoadChild(ctx, worker, child.ID, "test")
		if err != nil {
			t.Fatal(err)
		}
		names, err := db.NamesFor(ctx, rec)
		if err != nil {
			t.Fatal(err)
		}
		if names.Worker(w.ID) != "Priya Shah" || names.Team(team.ID) != "Assessment Team North" || names.Person(partner) != "Dan Okafor" {
			t.Fatalf("names = %+v", names)
		}
	})
}
