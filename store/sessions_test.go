package store_test

import (
	"context"
	"testing"
	"time"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
)

func newAccount(t *testing.T, db *store.DB, email string) *hearth.User {
	t.Helper()
	u := &hearth.User{Name: "Sam Patel", Email: email, Role: hearth.RolePractitioner, Active: true, PasswordHash: "x"}
	if err := db.Insert(context.Background(), worker, u); err != nil {
		t.Fatal(err)
	}
	return u
}

func TestSessions(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		db.Now = func() time.Time { return now }
		u := newAccount(t, db, "sam.patel@example.org")

		t.Run("an account is found by its email in any case", func(t *testing.T) {
			got, err := db.UserByEmail(ctx, " Sam.Patel@Example.org ")
			if err != nil || got.ID != u.ID || got.Role != hearth.RolePractitioner || !got.Active {
				t.Fatalf("got %+v, %v", got, err)
			}
			if _, err := db.UserByEmail(ctx, "nobody@example.org"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
				t.Fatalf("unknown email: %v", err)
			}
		})

		t.Run("a session is found by its token hash with its times and data", func(t *testing.T) {
			s, err := db.CreateSession(ctx, "hash-1", u.ID, now.Add(10*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if err := db.SetSessionData(ctx, s.ID, map[string]string{"flash": "Saved"}); err != nil {
				t.Fatal(err)
			}
			later := now.Add(5 * time.Minute)
			if err := db.TouchSession(ctx, s.ID, later); err != nil {
				t.Fatal(err)
			}
			got, err := db.SessionByToken(ctx, "hash-1")
			if err != nil {
				t.Fatal(err)
			}
			if got.UserID != u.ID || !got.CreatedAt.Equal(now) || !got.LastSeenAt.Equal(later) ||
				!got.ExpiresAt.Equal(now.Add(10*time.Hour)) || !got.EndedAt.IsZero() || got.Data["flash"] != "Saved" {
				t.Fatalf("got %+v", got)
			}
			if _, err := db.SessionByToken(ctx, "no-such-hash"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
				t.Fatalf("unknown token: %v", err)
			}
		})

		t.Run("sign out everywhere ends every open session of the user and no one else's", func(t *testing.T) {
			other := newAccount(t, db, "other@example.org")
			if _, err := db.CreateSession(ctx, "hash-2", u.ID, now.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			if _, err := db.CreateSession(ctx, "hash-3", other.ID, now.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			n, err := db.EndUserSessions(ctx, u.ID)
			if err != nil || n != 2 {
				t.Fatalf("ended %d, %v; want 2", n, err)
			}
			if open, _ := db.OpenSessions(ctx, u.ID); open != 0 {
				t.Fatalf("%d sessions still open", open)
			}
			if open, _ := db.OpenSessions(ctx, other.ID); open != 1 {
				t.Fatalf("the other user has %d open sessions, want 1", open)
			}
			s, _ := db.SessionByToken(ctx, "hash-2")
			if !s.EndedAt.Equal(now) {
				t.Fatalf("ended at %v, want %v", s.EndedAt, now)
			}
		})

		t.Run("ended sessions are removed after a while, open ones are not", func(t *testing.T) {
			if _, err := db.CreateSession(ctx, "hash-4", u.ID, now.Add(10*time.Hour)); err != nil {
				t.Fatal(err)
			}
			now = now.Add(2 * time.Hour) // hash-1 and hash-2 ended, hash-3's absolute limit has passed
			n, err := db.DeleteEndedSessions(ctx, now.Add(-time.Minute))
			if err != nil || n != 3 {
				t.Fatalf("removed %d, %v; want 3", n, err)
			}
			if _, err := db.SessionByToken(ctx, "hash-4"); err != nil {
				t.Fatalf("the open session was removed: %v", err)
			}
		})

		t.Run("a draft is kept per user and page, replaced, and removed", func(t *testing.T) {
			if err := db.SaveDraft(ctx, u.ID, "/children/1/visits/new", `{"notes":["first"]}`); err != nil {
				t.Fatal(err)
			}
			if err := db.SaveDraft(ctx, u.ID, "/children/1/visits/new", `{"notes":["second"]}`); err != nil {
				t.Fatal(err)
			}
			d, err := db.DraftOf(ctx, u.ID, "/children/1/visits/new")
			if err != nil || d.Data != `{"notes":["second"]}` || !d.SavedAt.Equal(now) {
				t.Fatalf("got %+v, %v", d, err)
			}
			if _, err := db.DraftOf(ctx, u.ID, "/elsewhere"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
				t.Fatalf("missing draft: %v", err)
			}
			if err := db.DeleteDraft(ctx, u.ID, "/children/1/visits/new"); err != nil {
				t.Fatal(err)
			}
			if _, err := db.DraftOf(ctx, u.ID, "/children/1/visits/new"); hearth.ErrorCode(err) != hearth.ENOTFOUND {
				t.Fatalf("after delete: %v", err)
			}
		})
	})
}
