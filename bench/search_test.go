package bench

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"hearth"
	"hearth/store"
	"hearth/synth"
)

// benchDB opens HEARTH_BENCH_DB when set, and otherwise a small authority made in the benchmark's
// temporary folder. Searches and reads write audit rows, so point HEARTH_BENCH_DB at a copy of a shared
// database, never at the original.
func benchDB(b *testing.B) *store.DB {
	ctx := context.Background()
	path := os.Getenv("HEARTH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "small.db")
		db, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSearchPeople measures one person search (reading, ranking, masking and writing its audit row)
// for the kinds of search people make: a full name with a typing slip in each name, a full name spelt
// another way, a common surname alone (the widest search, which reaches the cap of ranked candidates),
// a name with a date of birth, and an NHS number. The names are taken from the database, so the searches
// find real people. It reports the median and 99th percentile.
func BenchmarkSearchPeople(b *testing.B) {
	db := benchDB(b)
	people := samplePeople(b, db)
	for _, kind := range []struct {
		name  string
		query func(p hearth.Person) store.PersonQuery
	}{
		{"typo-in-each-name", func(p hearth.Person) store.PersonQuery {
			return store.PersonQuery{Name: swapMiddle(p.Forename) + " " + swapMiddle(p.Surname)}
		}},
		{"exact-name", func(p hearth.Person) store.PersonQuery {
			return store.PersonQuery{Name: p.Forename + " " + p.Surname}
		}},
		{"surname-only", func(p hearth.Person) store.PersonQuery { return store.PersonQuery{Name: p.Surname} }},
		{"name-and-birth-date", func(p hearth.Person) store.PersonQuery {
			return store.PersonQuery{Name: p.Forename + " " + swapMiddle(p.Surname), BirthDate: p.BirthDate}
		}},
		{"nhs-number", func(p hearth.Person) store.PersonQuery {
			return store.PersonQuery{NHSNumber: p.NHSNumber.String()}
		}},
	} {
		b.Run(kind.name, func(b *testing.B) {
			ctx := context.Background()
			actor := hearth.System
			times := make([]time.Duration, 0, b.N)
			found := 0
			for i := 0; b.Loop(); i++ {
				q := kind.query(people[i%len(people)])
				start := time.Now()
				res, err := db.SearchPeople(ctx, actor, q)
				if err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
				found += res.Total
			}
			report(b, times)
			b.ReportMetric(float64(found)/float64(len(times)), "matches/search")
		})
	}
}

// samplePeople returns a fixed, spread sample of children with an NHS number and a date of birth.
func samplePeople(b *testing.B, db *store.DB) []hearth.Person {
	rows, err := db.SQL().Query(`SELECT forename, surname, birth_date, nhs_number FROM person
		WHERE is_child = 1 AND nhs_number IS NOT NULL AND birth_date IS NOT NULL AND id % 97 = 0 ORDER BY id LIMIT 1000`)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []hearth.Person
	for rows.Next() {
		var p hearth.Person
		if err := rows.Scan(&p.Forename, &p.Surname, &p.BirthDate, &p.NHSNumber); err != nil {
			b.Fatal(err)
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		b.Fatal("no children to search for")
	}
	return out
}

// swapMiddle swaps two neighbouring letters in the middle of a name: the commonest typing slip.
func swapMiddle(s string) string {
	r := []rune(s)
	if len(r) < 4 {
		return s
	}
	i := len(r) / 2
	r[i], r[i+1] = r[i+1], r[i]
	return string(r)
}

// report adds the median and 99th percentile of the times to the benchmark's output.
func report(b *testing.B, times []time.Duration) {
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "median-µs")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkSearchPeopleConcurrent runs typo searches from 50 goroutines at once (the Figures' 50
// concurrent clients, without HTTP), so every search's audit write competes with the others' for SQLite's
// one writer. It reports the median and 99th percentile of each search's own time.
func BenchmarkSearchPeopleConcurrent(b *testing.B) {
	db := benchDB(b)
	people := samplePeople(b, db)
	ctx := context.Background()
	var mu sync.Mutex
	times := make([]time.Duration, 0, b.N)
	var next atomic.Int64
	b.SetParallelism(max(1, 50/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			p := people[int(next.Add(1))%len(people)]
			start := time.Now()
			if _, err := db.SearchPeople(ctx, hearth.System, store.PersonQuery{Name: swapMiddle(p.Forename) + " " + swapMiddle(p.Surname)}); err != nil {
				b.Error(err)
				return
			}
			mine = append(mine, time.Since(start))
		}
		mu.Lock()
		times = append(times, mine...)
		mu.Unlock()
	})
	report(b, times)
}
