package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/store/storetest"
	"hearth/workforce"
)

func TestTeamWorkersAndChildAllocations(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		insert := func(row any) {
			t.Helper()
			if err := db.Insert(ctx, worker, row); err != nil {
				t.Fatal(err)
			}
		}
		team := &hearth.Team{Name: "Leaving Care"}
		insert(team)
		ada := &hearth.Worker{StaffID: "PA1", Name: "Ada Pa", Employment: "agency", TeamID: team.ID, FTE: 0.5, JobTitle: "personal_adviser"}
		bo := &hearth.Worker{StaffID: "PA2", Name: "Bo Pa", Employment: "permanent", TeamID: team.ID, FTE: 1}
		gone := &hearth.Worker{StaffID: "PA3", Name: "Cy Gone", Employment: "permanent", TeamID: team.ID, EndDate: hearth.NewDate(2024, 1, 31)}
		insert(ada)
		insert(bo)
		insert(gone)
		young := &hearth.Person{Forename: "Dee", Surname: "Young", IsChild: true}
		insert(young)
		on := hearth.NewDate(2025, 6, 1)
		insert(&workforce.Allocation{PersonID: young.ID, WorkerID: ada.ID, Role: workforce.RolePersonalAdviser, TeamID: team.ID, StartDate: hearth.NewDate(2025, 1, 1)})
		insert(&workforce.Allocation{PersonID: young.ID, WorkerID: bo.ID, Role: workforce.RoleFamilySupportWorker, TeamID: team.ID,
			StartDate: hearth.NewDate(2024, 1, 1), EndDate: hearth.NewDate(2024, 12, 31)})

		ws, err := db.TeamWorkers(ctx, team.ID, on)
		if err != nil {
			t.Fatal(err)
		}
		if len(ws) != 2 || ws[0].Name != "Ada Pa" || ws[0].Count != 1 || ws[0].Employment != "agency" || ws[0].FTE != 0.5 || ws[1].Count != 0 {
			t.Fatalf("workers = %+v (Cy has left; Bo's allocation ended)", ws)
		}
		held, err := db.ChildAllocations(ctx, young.ID, on)
		if err != nil {
			t.Fatal(err)
		}
		if len(held) != 1 || held[0].WorkerName != "Ada Pa" || held[0].Role != workforce.RolePersonalAdviser || held[0].TeamID != team.ID {
			t.Fatalf("held by %+v", held)
		}
		w, err := db.WorkerByStaffID(ctx, " PA2 ")
		if err != nil || w.ID != bo.ID {
			t.Fatalf("by staff id: %+v, %v", w, err)
		}
		if _, err := db.WorkerByStaffID(ctx, "NOPE"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Fatalf("an unknown staff id: %v", err)
		}
		if w, err := db.WorkerByID(ctx, ada.ID); err != nil || w.StaffID != "PA1" {
			t.Fatalf("by id: %+v, %v", w, err)
		}
	})
}
