package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/leaving"
	"hearth/store/storetest"
)

// TestCareLeaverPanels checks the panel's meetings are counted as the list shows them (young people
// discussed, open and overdue actions on a date) and one meeting is read with its young people by surname,
// a sealed record's name hidden, and its actions by due date.
func TestCareLeaverPanels(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		insert := func(row any) {
			t.Helper()
			if err := db.Insert(ctx, worker, row); err != nil {
				t.Fatal(err)
			}
		}
		zed := &hearth.Person{Forename: "Zed", Surname: "Young", IsChild: true}
		amy := &hearth.Person{Forename: "Amy", Surname: "Able", IsChild: true}
		hid := &hearth.Person{Forename: "Hidden", Surname: "Best", IsChild: true, Restricted: true}
		for _, p := range []*hearth.Person{zed, amy, hid} {
			insert(p)
		}
		march := &leaving.Panel{Date: hearth.NewDate(2026, 3, 3)}
		feb := &leaving.Panel{Date: hearth.NewDate(2026, 2, 3)}
		insert(feb)
		insert(march)
		for _, p := range []*hearth.Person{zed, amy, hid} {
			insert(&leaving.PanelCase{PanelID: march.ID, PersonID: p.ID, Why: "Housing", Support: "Tenancy support"})
		}
		action := func(p *hearth.Person, due, done hearth.Date) {
			insert(&leaving.PanelAction{PanelID: march.ID, PersonID: p.ID, Action: "Act", Owner: "Housing", DueDate: due, CompletedDate: done})
		}
		action(zed, hearth.NewDate(2026, 4, 1), hearth.Date{})              // open, not yet due
		action(amy, hearth.NewDate(2026, 3, 10), hearth.Date{})             // overdue on 20 March
		action(amy, hearth.NewDate(2026, 3, 5), hearth.NewDate(2026, 3, 6)) // done
		list, err := db.Panels(ctx, hearth.NewDate(2026, 3, 20))
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].ID != march.ID || list[0].Cases != 3 || list[0].Open != 2 || list[0].Overdue != 1 || list[1].Cases != 0 {
			t.Fatalf("meetings %+v; want March first with 3 young people, 2 open actions and 1 overdue", list)
		}
		actor := hearth.Actor{UserID: newUser(t, db, "panel.reader@example.org"), Role: hearth.RoleTeamManager}
		m, err := db.CareLeaverPanel(ctx, actor, march.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Cases) != 3 || m.Cases[0].Child.Forename != "Amy" || !m.Cases[1].Child.Masked || m.Cases[1].Child.Forename != "" || m.Cases[2].Child.Forename != "Zed" {
			t.Fatalf("young people %+v; want Amy, the sealed record without its name, then Zed", m.Cases)
		}
		if len(m.Actions) != 3 || m.Actions[0].DueDate != hearth.NewDate(2026, 3, 5) {
			t.Fatalf("actions %+v, want three by due date", m.Actions)
		}
		if _, err := db.CareLeaverPanel(ctx, actor, 999999); hearth.ErrorCode(err) != hearth.ENOTFOUND {
			t.Fatalf("a meeting that does not exist: %v", err)
		}
	})
}
