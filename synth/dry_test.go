package synth

import (
	"context"
	"sort"
	"testing"
	"time"

	"hearth"
)

// TestDryRun makes a small authority without a database and logs what it made: a quick look at the
// generator's rates while tuning it.
func TestDryRun(t *testing.T) {
	if testing.Short() {
		t.Skip("not in -short")
	}
	start := time.Now()
	d := &discard{}
	g, err := generateTo(context.Background(), d, Options{Size: Small, Seed: 1, ReferenceDate: hearth.NewDate(2026, time.March, 31)})
	if err != nil {
		t.Fatal(err)
	}
	counts := g.ids.counts()
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%-30s %9d", n, counts[n])
	}
	t.Logf("rows %d in %s; households %d", d.n, time.Since(start), g.stats.households)
}
