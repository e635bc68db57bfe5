package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
)

var worker = hearth.Actor{UserID: hearth.SystemUserID, Name: "Hearth", Role: hearth.RoleSystem}

func newChild(t *testing.T, db *store.DB) *hearth.Person {
	t.Helper()
	p := &hearth.Person{Forename: "Amara", Surname: "Okafor", IsChild: true, BirthDate: hearth.NewDate(2014, 3, 9), Sex: "2"}
	if err := db.Insert(context.Background(), worker, p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInsertAndAmend(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		child := newChild(t, db)
		if child.ID == 0 || child.Version != 1 || child.Status != hearth.StatusActive {
			t.Fatalf("after insert: id %d version %d status %q", child.ID, child.Version, child.Status)
		}

		t.Run("an amendment keeps the earlier version with who, when and why", func(t *testing.T) {
			child.Surname = "Okafor-Reid"
			if err := db.Amend(ctx, worker, child, "Surname changed by deed poll"); err != nil {
				t.Fatal(err)
			}
			if child.Version != 2 {
				t.Fatalf("version after amend = %d, want 2", child.Version)
			}
			var got hearth.Person
			if err := db.Get(ctx, worker, child.ID, &got); err != nil {
				t.Fatal(err)
			}
			if got.Surname != "Okafor-Reid" || got.Version != 2 || got.BirthDate != hearth.NewDate(2014, 3, 9) {
				t.Fatalf("stored row = %+v", got)
			}
			hist, err := db.History(ctx, "person", child.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(hist) != 1 || hist[0].Version != 1 || hist[0].Reason != "Surname changed by deed poll" ||
				hist[0].ReplacedByName != "Hearth" || !strings.Contains(hist[0].Data, `"surname":"Okafor"`) {
				t.Fatalf("history = %+v", hist)
			}
		})

		t.Run("a change based on a stale version is refused and nothing is written", func(t *testing.T) {
			stale := *child
			stale.Version = 1
			stale.Forename = "Overwritten"
			err := db.Amend(ctx, worker, &stale, "typo")
			if hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Fatalf("error = %v, want a conflict", err)
			}
			if !strings.Contains(hearth.ErrorMessage(err), "changed by Hearth") {
				t.Errorf("message does not say who changed it: %q", hearth.ErrorMessage(err))
			}
			if stale.Version != 1 {
				t.Errorf("the refused row's version moved to %d", stale.Version)
			}
			var got hearth.Person
			if err := db.Get(ctx, worker, child.ID, &got); err != nil {
				t.Fatal(err)
			}
			if got.Forename != "Amara" || got.Version != 2 {
				t.Fatalf("stale change was written: %+v", got)
			}
			if hist, _ := db.History(ctx, "person", child.ID); len(hist) != 1 {
				t.Fatalf("a refused change left history: %d versions", len(hist))
			}
		})

		t.Run("an amendment needs a reason", func(t *testing.T) {
			if err := db.Amend(ctx, worker, child, " "); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("error = %v, want invalid", err)
			}
		})

		t.Run("recorded in error is a status with a reason, never a delete", func(t *testing.T) {
			addr := &hearth.Address{PersonID: child.ID, Kind: "home", StartDate: hearth.NewDate(2020, 1, 1)}
			if err := db.Insert(ctx, worker, addr); err != nil {
				t.Fatal(err)
			}
			if err := db.MarkRecordedInError(ctx, worker, "address", addr.ID, 1, ""); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Fatalf("no reason: error = %v, want invalid", err)
			}
			if err := db.MarkRecordedInError(ctx, worker, "address", addr.ID, 1, "Entered on the wrong child"); err != nil {
				t.Fatal(err)
			}
			rec, err := db.LoadChild(ctx, worker, child.ID, "test")
			if err != nil {
				t.Fatal(err)
			}
			addrs := store.Rows[hearth.Address](rec)
			if len(addrs) != 1 || addrs[0].Status != hearth.StatusRecordedInError || addrs[0].ErrorReason != "Entered on the wrong child" || addrs[0].Version != 2 {
				t.Fatalf("address after marking = %+v", addrs)
			}
			if err := db.MarkRecordedInError(ctx, worker, "address", addr.ID, 1, "again"); hearth.ErrorCode(err) != hearth.ECONFLICT {
				t.Fatalf("marking from a stale version: error = %v, want conflict", err)
			}
		})

		t.Run("every read and change of the child's record is in the audit log", func(t *testing.T) {
			entries, err := db.AuditOf(ctx, child.ID, 100)
			if err != nil {
				t.Fatal(err)
			}
			count := map[string]int{}
			for _, e := range entries {
				count[e.Action]++
			}
			// create person, create address; amend person, mark address (an amendment); Get twice and LoadChild once.
			if count[store.ActionCreate] != 2 || count[store.ActionAmend] != 2 || count[store.ActionRead] != 3 {
				t.Fatalf("audit actions = %v", count)
			}
		})

		t.Run("the audit log and history cannot be changed or deleted", func(t *testing.T) {
			for _, q := range []string{"UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log",
				"UPDATE record_history SET reason = 'x'", "DELETE FROM record_history"} {
				if _, err := db.SQL().ExecContext(ctx, q); err == nil || !strings.Contains(err.Error(), "append-only") {
					t.Errorf("%s: error = %v, want append-only refusal", q, err)
				}
			}
		})
	})
}

func TestTimestampsAndDatesRoundTrip(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		at := time.Date(2025, 6, 30, 23, 30, 15, 123456789, time.FixedZone("BST", 3600))
		db.Now = func() time.Time { return at }
		child := newChild(t, db)
		var got hearth.Person
		if err := db.Get(ctx, worker, child.ID, &got); err != nil {
			t.Fatal(err)
		}
		want := at.UTC().Truncate(time.Microsecond)
		if !got.RecordedAt.Equal(want) || got.BirthDate != hearth.NewDate(2014, 3, 9) {
			t.Fatalf("recorded_at %v birth %v, want %v and 2014-03-09", got.RecordedAt, got.BirthDate, want)
		}
	})
}

func TestBulkAndLoadChild(t *testing.T) {
	for _, mode := range []struct {
		name  string
		start func(*store.DB, context.Context) (*store.Bulk, error)
	}{
		{"into a database in use", (*store.DB).NewBulk},
		{"into an empty database, rebuilding indexes", (*store.DB).NewBulkIntoEmpty},
	} {
		t.Run(mode.name, func(t *testing.T) {
			storetest.ForEachEngine(t, func(t *testing.T, dsn string) { testBulk(t, dsn, mode.start) })
		})
	}
}

func testBulk(t *testing.T, dsn string, start func(*store.DB, context.Context) (*store.Bulk, error)) {
	{
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		before := catalogue(t, db)
		b, err := start(db, ctx)
		if err != nil {
			t.Fatal(err)
		}
		at := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
		for i := int64(1); i <= 1200; i++ {
			p := hearth.Person{Record: hearth.Record{ID: i, RecordedAt: at}, Forename: "Child", Surname: "Number", IsChild: true}
			a := hearth.Address{Record: hearth.Record{ID: i, RecordedAt: at}, PersonID: i, StartDate: hearth.NewDate(2020, 1, 1)}
			// The address is added before its person: the loader still writes people first.
			if err := b.Add(&a, p); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		if after := catalogue(t, db); !slices.Equal(before, after) {
			t.Errorf("the indexes and foreign keys after the load differ from those before it:\n%v\n%v", before, after)
		}
		rec, err := db.LoadChild(ctx, worker, 600, "test")
		if err != nil {
			t.Fatal(err)
		}
		if rec.Person.ID != 600 || len(store.Rows[hearth.Address](rec)) != 1 || !rec.Person.RecordedAt.Equal(at) {
			t.Fatalf("loaded %+v with %v", rec.Person, rec.Count())
		}
		// Ids assigned after a bulk load do not collide with the loaded ones.
		child := newChild(t, db)
		if child.ID <= 1200 {
			t.Fatalf("new id %d collides with bulk-loaded ids", child.ID)
		}
		// The indexes are back: a duplicate LA child id is refused.
		dup := &hearth.Person{Forename: "A", Surname: "B", LAChildID: child.LAChildID}
		dup.LAChildID, _ = hearth.ParseLAChildID("DUP1")
		if err := db.Insert(ctx, worker, dup); err != nil {
			t.Fatal(err)
		}
		again := &hearth.Person{Forename: "C", Surname: "D", LAChildID: dup.LAChildID}
		if err := db.Insert(ctx, worker, again); hearth.ErrorCode(err) != hearth.ECONFLICT {
			t.Fatalf("duplicate LA child id: error = %v, want conflict", err)
		}
	}
}

// catalogue lists the database's indexes and foreign keys, each with its definition.
func catalogue(t *testing.T, db *store.DB) []string {
	t.Helper()
	q := `SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY 1`
	if db.Engine == store.Postgres {
		q = `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
			UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
			WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1`
	}
	rows, err := db.SQL().Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var list []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	if len(list) < 50 {
		t.Fatalf("the catalogue lists only %d indexes and foreign keys: %v", len(list), list)
	}
	return list
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t, storetest.SQLiteDSN(t))
	newChild(t, db)
	out := t.TempDir() + "/copy.db"
	if err := db.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	if err := db.Backup(ctx, out); hearth.ErrorCode(err) != hearth.EINVALID {
		t.Fatalf("backup over an existing file: error = %v", err)
	}
	cp := storetest.Open(t, out)
	var n int
	if err := cp.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM person").Scan(&n); err != nil || n != 1 {
		t.Fatalf("backup holds %d people (%v), want 1", n, err)
	}
}
