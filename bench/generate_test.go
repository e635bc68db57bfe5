package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"hearth/store"
	"hearth/store/storetest"
	"hearth/synth"
)

// BenchmarkGenerate measures making a synthetic authority, as `hearth generate` does, into a new SQLite
// file and, when HEARTH_TEST_POSTGRES names a server, into a new PostgreSQL schema. The size is small
// unless HEARTH_BENCH_SIZE names another (medium, large, national), because the larger ones take
// minutes per iteration: run them with -benchtime 1x (docs/performance.md gives the commands).
func BenchmarkGenerate(b *testing.B) {
	size := synth.Size(os.Getenv("HEARTH_BENCH_SIZE"))
	if size == "" {
		size = synth.Small
	}
	engines := map[string]func(testing.TB) string{
		"sqlite": func(tb testing.TB) string { return filepath.Join(tb.TempDir(), "authority.db") },
	}
	if os.Getenv("HEARTH_TEST_POSTGRES") != "" {
		engines["postgres"] = storetest.PostgresDSN
	}
	for _, engine := range []string{"sqlite", "postgres"} {
		newDSN, ok := engines[engine]
		if !ok {
			continue
		}
		b.Run(engine+"/"+string(size), func(b *testing.B) {
			ctx := context.Background()
			var rows int
			for b.Loop() {
				b.StopTimer()
				db, err := store.Open(ctx, newDSN(b))
				if err != nil {
					b.Fatal(err)
				}
				if err := db.Migrate(ctx); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				sum, err := synth.Generate(ctx, db, synth.Options{Size: size, Seed: 7})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				rows = 0
				for _, n := range sum.Counts {
					rows += n
				}
				db.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
