package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
)

func TestAuditUnderConcurrentReads(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		child := newChild(t, db)
		const readers = 60
		errs := make([]error, readers+1)
		var wg sync.WaitGroup
		for i := range readers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = db.Audit(ctx, store.AuditEntry{Actor: worker, Action: store.ActionRead, PersonID: child.ID,
					Table: "person", Detail: fmt.Sprintf("reader %d", i)})
			}()
		}
		wg.Add(1)
		go func() { // an actor whose account does not exist: only this entry may fail
			defer wg.Done()
			errs[readers] = db.Audit(ctx, store.AuditEntry{Actor: hearth.Actor{UserID: 999999, Role: hearth.RolePractitioner},
				Action: store.ActionRead, PersonID: child.ID})
		}()
		wg.Wait()
		for i, err := range errs[:readers] {
			if err != nil {
				t.Errorf("reader %d: %v", i, err)
			}
		}
		if errs[readers] == nil {
			t.Error("an entry by an actor with no account was written")
		}
		entries, err := db.AuditOf(ctx, child.ID, 1000)
		if err != nil {
			t.Fatal(err)
		}
		reads := map[string]bool{}
		for _, e := range entries {
			if e.Action == store.ActionRead {
				reads[e.Detail] = true
			}
		}
		if len(reads) != readers {
			t.Fatalf("%d distinct reads audited, want %d", len(reads), readers)
		}
		db.Close()
		if err := db.Audit(ctx, store.AuditEntry{Actor: worker, Action: store.ActionRead}); err == nil {
			t.Error("an audit entry was accepted after the database was closed")
		}
	})
}
