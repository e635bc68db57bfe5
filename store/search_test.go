package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"hearth"
	"hearth/store"
	"hearth/store/storetest"
)

// searchPeople are the people the search tests look for: real spellings that people type differently.
var searchPeople = []struct {
	fore, sur string
	dob       hearth.Date
	child     bool
}{
	{"John", "Smith", hearth.NewDate(2015, 5, 1), true},
	{"Jon", "Smyth", hearth.NewDate(2016, 2, 3), true},
	{"Sarah", "Smith", hearth.NewDate(2012, 7, 9), true},
	{"Joan", "Small", hearth.NewDate(1985, 1, 1), false},
	{"Mohammed", "Khan", hearth.NewDate(2013, 11, 20), true},
	{"Muhammad", "Khan", hearth.NewDate(2010, 4, 4), true},
	{"Katherine", "Jones", hearth.NewDate(2017, 9, 30), true},
	{"Catherine", "Jones", hearth.NewDate(1979, 3, 12), false},
	{"Amara", "Okafor", hearth.NewDate(2014, 3, 9), true},
}

// seedSearch records the search people and returns their ids by "Forename Surname".
func seedSearch(t *testing.T, db *store.DB) map[string]hearth.ID {
	t.Helper()
	ids := map[string]hearth.ID{}
	for i, s := range searchPeople {
		p := &hearth.Person{Forename: s.fore, Surname: s.sur, BirthDate: s.dob, IsChild: s.child,
			NHSNumber: hearth.GenerateNHSNumber(uint64(100 + i))}
		if s.child {
			p.LAChildID, _ = hearth.ParseLAChildID("S" + string(rune('A'+i)) + "1")
		}
		if err := db.Insert(context.Background(), worker, p); err != nil {
			t.Fatal(err)
		}
		ids[s.fore+" "+s.sur] = p.ID
	}
	return ids
}

// names returns the matches as "Forename Surname".
func names(ms []store.PersonMatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Forename+" "+m.Surname)
	}
	return out
}

func TestSearchPeople(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		ids := seedSearch(t, db)
		search := func(t *testing.T, q store.PersonQuery) store.PersonResults {
			t.Helper()
			res, err := db.SearchPeople(ctx, worker, q)
			if err != nil {
				t.Fatal(err)
			}
			return res
		}

		t.Run("typos in both names find the person, ahead of people who only share a surname", func(t *testing.T) {
			got := names(search(t, store.PersonQuery{Name: "Jonh Smiht"}).Matches)
			if len(got) == 0 || got[0] != "John Smith" {
				t.Fatalf("Jonh Smiht found %v, want John Smith first", got)
			}
			if slices.Contains(got, "Sarah Smith") {
				t.Errorf("Jonh Smiht found Sarah Smith: %v", got)
			}
		})

		t.Run("names that sound the same match, the exact spelling first", func(t *testing.T) {
			res := search(t, store.PersonQuery{Name: "Muhammad Khan"})
			got := names(res.Matches)
			if !slices.Equal(got, []string{"Muhammad Khan", "Mohammed Khan"}) {
				t.Fatalf("Muhammad Khan found %v", got)
			}
			if !res.Matches[0].Exact || res.Matches[1].Exact {
				t.Errorf("exactness = %v, %v", res.Matches[0].Exact, res.Matches[1].Exact)
			}
			if w := strings.Join(res.Matches[1].Why, ", "); w != "surname exactly, forename sounds the same" {
				t.Errorf("why Mohammed matched = %q", w)
			}
			got = names(search(t, store.PersonQuery{Name: "catherine jones"}).Matches)
			if !slices.Equal(got, []string{"Catherine Jones", "Katherine Jones"}) {
				t.Fatalf("catherine jones found %v", got)
			}
			got = names(search(t, store.PersonQuery{Name: "John Smyth"}).Matches)
			if len(got) != 2 || !slices.Contains(got, "John Smith") || !slices.Contains(got, "Jon Smyth") {
				t.Fatalf("John Smyth found %v", got)
			}
		})

		t.Run("surname first, with or without a comma", func(t *testing.T) {
			for _, q := range []string{"Smith John", "Smith, John"} {
				got := names(search(t, store.PersonQuery{Name: q}).Matches)
				if len(got) == 0 || got[0] != "John Smith" {
					t.Errorf("%q found %v, want John Smith first", q, got)
				}
			}
		})

		t.Run("one word finds surnames and forenames alike", func(t *testing.T) {
			got := names(search(t, store.PersonQuery{Name: "Smith"}).Matches)
			if len(got) != 3 || !slices.Contains(got, "Jon Smyth") || slices.Contains(got, "Joan Small") {
				t.Fatalf("Smith found %v", got)
			}
			if got[2] != "Jon Smyth" {
				t.Errorf("the exact surnames should come before Smyth: %v", got)
			}
			got = names(search(t, store.PersonQuery{Name: "Katherine"}).Matches)
			if !slices.Equal(got, []string{"Katherine Jones", "Catherine Jones"}) {
				t.Errorf("Katherine found %v", got)
			}
		})

		t.Run("date of birth, NHS number and LA child ID", func(t *testing.T) {
			got := search(t, store.PersonQuery{BirthDate: hearth.NewDate(2013, 11, 20)}).Matches
			if len(got) != 1 || got[0].PersonID != ids["Mohammed Khan"] || got[0].Why[0] != "date of birth" || !got[0].Exact {
				t.Fatalf("date of birth found %+v", got)
			}
			got = search(t, store.PersonQuery{Name: "Mohamed Khan", BirthDate: hearth.NewDate(2013, 11, 20)}).Matches
			if len(got) != 2 || got[0].PersonID != ids["Mohammed Khan"] {
				t.Fatalf("name and date of birth found %v", names(got))
			}
			nhs := hearth.GenerateNHSNumber(104).Formatted() // Mohammed Khan's, typed with spaces
			got = search(t, store.PersonQuery{NHSNumber: nhs}).Matches
			if len(got) != 1 || got[0].PersonID != ids["Mohammed Khan"] || got[0].Why[0] != "NHS number" {
				t.Fatalf("NHS number %s found %+v", nhs, got)
			}
			got = search(t, store.PersonQuery{LAChildID: "sa1"}).Matches
			if len(got) != 1 || got[0].PersonID != ids["John Smith"] {
				t.Fatalf("LA child ID found %+v", got)
			}
			if _, err := db.SearchPeople(ctx, worker, store.PersonQuery{NHSNumber: "123"}); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("a malformed NHS number: error %v, want invalid", err)
			}
			if _, err := db.SearchPeople(ctx, worker, store.PersonQuery{Name: "  "}); hearth.ErrorCode(err) != hearth.EINVALID {
				t.Errorf("an empty search: error %v, want invalid", err)
			}
			if res, err := db.SearchPeople(ctx, worker, store.PersonQuery{Name: "李, John"}); err != nil || res.Total != 0 {
				t.Errorf("a surname in another script: %+v, %v", res, err)
			}
		})

		t.Run("children only leaves out adults", func(t *testing.T) {
			got := names(search(t, store.PersonQuery{Name: "Catherine Jones", ChildrenOnly: true}).Matches)
			if !slices.Equal(got, []string{"Katherine Jones"}) {
				t.Fatalf("children only found %v", got)
			}
		})

		t.Run("pages through the matches with a total", func(t *testing.T) {
			first := search(t, store.PersonQuery{Name: "Smith", Limit: 2})
			if first.Total != 3 || len(first.Matches) != 2 || !first.HasMore() || first.Capped {
				t.Fatalf("first page: total %d, %d matches, more %v", first.Total, len(first.Matches), first.HasMore())
			}
			second := search(t, store.PersonQuery{Name: "Smith", Limit: 2, Offset: 2})
			if len(second.Matches) != 1 || second.HasMore() || second.Matches[0].Surname != "Smyth" {
				t.Fatalf("second page: %v", names(second.Matches))
			}
		})

		t.Run("a restricted record is found but not shown to someone not named on it", func(t *testing.T) {
			var p hearth.Person
			if err := db.Get(ctx, worker, ids["Amara Okafor"], &p); err != nil {
				t.Fatal(err)
			}
			p.Restricted = true
			if err := db.Amend(ctx, worker, &p, "Sealed by the head of service"); err != nil {
				t.Fatal(err)
			}
			outsider := hearth.Actor{UserID: newUser(t, db, "outsider@example.org"), Role: hearth.RolePractitioner}
			named := hearth.Actor{UserID: newUser(t, db, "named@example.org"), Role: hearth.RolePractitioner}
			if err := db.GrantRestrictedAccess(ctx, worker, p.ID, named.UserID, "Allocated worker"); err != nil {
				t.Fatal(err)
			}
			res, err := db.SearchPeople(ctx, outsider, store.PersonQuery{Name: "Amara Okafor"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Matches) != 1 || !res.Matches[0].Masked || res.Matches[0].Surname != "" || !res.Matches[0].BirthDate.IsZero() {
				t.Fatalf("outsider saw %+v", res.Matches)
			}
			res, err = db.SearchPeople(ctx, named, store.PersonQuery{Name: "Amara Okafor"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Matches) != 1 || res.Matches[0].Masked || res.Matches[0].Surname != "Okafor" {
				t.Fatalf("named user saw %+v", res.Matches)
			}
		})

		t.Run("every search is in the audit log with its terms", func(t *testing.T) {
			actor := hearth.Actor{UserID: newUser(t, db, "searcher@example.org"), Role: hearth.RoleFrontDoor}
			if _, err := db.SearchPeople(ctx, actor, store.PersonQuery{Name: "Jonh Smiht", BirthDate: hearth.NewDate(2015, 5, 1)}); err != nil {
				t.Fatal(err)
			}
			var n int
			var detail string
			err := db.SQL().QueryRowContext(ctx, rebind(db, `SELECT COUNT(*), MAX(detail) FROM audit_log WHERE user_id = ? AND action = 'search' AND role = 'front_door'`),
				actor.UserID).Scan(&n, &detail)
			if err != nil {
				t.Fatal(err)
			}
			if n != 1 || !strings.Contains(detail, `name "Jonh Smiht"`) || !strings.Contains(detail, "date of birth 2015-05-01") {
				t.Fatalf("%d audit rows, detail %q", n, detail)
			}
		})

		t.Run("possible duplicates before creating a person", func(t *testing.T) {
			dups, err := db.PossibleDuplicates(ctx, worker, hearth.Person{Forename: "Jonh", Surname: "Smiht", BirthDate: hearth.NewDate(2015, 5, 1)})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(dups); !slices.Equal(got, []string{"John Smith"}) {
				t.Fatalf("duplicates of Jonh Smiht = %v", got)
			}
			dups, err = db.PossibleDuplicates(ctx, worker, hearth.Person{Forename: "Muhammad", Surname: "Khan", BirthDate: hearth.NewDate(2013, 11, 20)})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(dups); !slices.Equal(got, []string{"Mohammed Khan"}) {
				t.Fatalf("duplicates of Muhammad Khan born 2013-11-20 = %v (Muhammad Khan has another birthday)", got)
			}
			dups, err = db.PossibleDuplicates(ctx, worker, hearth.Person{Forename: "Zed", Surname: "Unknown", NHSNumber: hearth.GenerateNHSNumber(106)})
			if err != nil {
				t.Fatal(err)
			}
			if len(dups) != 1 || dups[0].PersonID != ids["Katherine Jones"] {
				t.Fatalf("duplicates by NHS number = %+v", dups)
			}
			dups, err = db.PossibleDuplicates(ctx, worker, hearth.Person{Forename: "Nobody", Surname: "Like-Them", BirthDate: hearth.NewDate(2001, 1, 1)})
			if err != nil || len(dups) != 0 {
				t.Fatalf("duplicates of a new person = %v, %v", names(dups), err)
			}
		})
	})
}

// newUser records a user account and returns its id.
func newUser(t *testing.T, db *store.DB, email string) hearth.ID {
	t.Helper()
	u := &hearth.User{Name: email, Email: email, Role: hearth.RolePractitioner, Active: true}
	if err := db.Insert(context.Background(), worker, u); err != nil {
		t.Fatal(err)
	}
	return u.ID
}

// rebind writes a test's query for the engine.
func rebind(db *store.DB, q string) string {
	if db.Engine != store.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + string(rune('0'+n)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
