package synth

import (
	"context"
	"testing"
	"time"

	"hearth"
	"hearth/store/storetest"
)

var testRef = hearth.NewDate(2026, time.March, 31)

// TestGenerateSmall makes a small authority in each engine and checks its figures.
func TestGenerateSmall(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		sum, err := Generate(context.Background(), db, Options{Size: Small, Seed: 7, ReferenceDate: testRef})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("made in %s", sum.Elapsed)
		f := measureAuthority(t, db, testRef)
		t.Logf("\n%s", f)
		t.Logf("caseloads %v", caseloadHistogram(t, db, testRef))
	})
}
