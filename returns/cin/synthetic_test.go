package cin_test

import (
	"context"
	"regexp"
	"slices"
	"testing"
	"time"

	"hearth"
	"hearth/returns/cin"
	"hearth/store/storetest"
	"hearth/synth"
)

var synthRef = hearth.NewDate(2026, time.March, 31)

// synthYears are the collection years Hearth validates that the synthetic authority's history fills.
var synthYears = []int{2025, 2026}

// synthQueries are the only rules the synthetic authority's census may raise: queries that a real
// authority's return raises too, for assessments (8670Q) and enquiries without a conference (8675Q) still
// open at the year's end past their timescales of 45 and 15 working days. The synthetic authority's
// timeliness is a real one's (about 84% of assessments in 45 working days), so some run late on 31 March.
var synthQueries = []string{"8670Q", "8675Q"}

// generated makes the small synthetic authority, with a share of its children given one breach each, in
// a fresh database of the engine, and reads what the CIN census is made from.
func generated(t *testing.T, dsn string, errorRate float64) (*cin.Record, synth.Summary) {
	t.Helper()
	if testing.Short() {
		t.Skip("generating the small synthetic authority takes seconds; not with -short")
	}
	db := storetest.Open(t, dsn)
	sum, err := synth.Generate(context.Background(), db, synth.Options{Size: synth.Small, Seed: 7, ReferenceDate: synthRef, ErrorRate: errorRate})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := db.LoadCIN(context.Background(), "935")
	if err != nil {
		t.Fatal(err)
	}
	return rec, *sum
}

// TestSyntheticAuthorityExportsCleanCensus exports the CIN census of each year the small synthetic
// authority's history fills, made without errors, and validates it: no error, and no query but those of
// synthQueries. Each return must hold a small authority's children in need (thousands a year).
func TestSyntheticAuthorityExportsCleanCensus(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		rec, _ := generated(t, dsn, 0)
		for _, year := range synthYears {
			c := cin.Export(rec, year)
			if len(c.Children) < 1000 {
				t.Errorf("%d: %d children in need: not a small authority's census", year, len(c.Children))
			}
			rep := cin.Validate(c, cin.NewContext(year))
			n := 0
			for _, f := range rep.Findings {
				if slices.Contains(synthQueries, f.Rule) {
					continue
				}
				if n++; n <= 10 {
					t.Errorf("%d: rule %s, %s row %d, child %s: %s", year, f.Rule, f.Table, f.Row, f.Child, f.Message)
				}
			}
			if n > 10 {
				t.Errorf("%d: ... %d findings in all", year, n)
			}
		}
	})
}

// TestSyntheticBreachesAreFound generates the small authority with errors injected and checks that every
// injected CIN census breach, made in a row of the returns Hearth validates (2024/25 and 2025/26), is
// found for that child. The generator also breaches rows of earlier years, which no return validated
// here holds; a breach's detail names the dates of the row it breached, which tell them apart.
func TestSyntheticBreachesAreFound(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		rec, sum := generated(t, dsn, 0.05)
		found := map[string]bool{} // rule and child
		inReturn := map[string]bool{}
		for _, year := range synthYears {
			c := cin.Export(rec, year)
			for i := range c.Children {
				inReturn[c.Children[i].LAchildID] = true
			}
			for _, f := range cin.Validate(c, cin.NewContext(year)).Findings {
				found[f.Rule+" "+f.Child] = true
			}
		}
		checked, rules := 0, map[string]bool{}
		for _, b := range sum.Breaches {
			if b.Return != "CIN" || !inReturn[b.Child.String()] || !datedInYears(b.Detail) {
				continue
			}
			checked++
			rules[b.Rule] = true
			if !found[b.Rule+" "+b.Child.String()] {
				t.Errorf("the breach of rule %s injected into child %s (%s) was not found", b.Rule, b.Child, b.Detail)
			}
		}
		// The small authority at 5% has hundreds of breached children: every kind the generator knows
		// should have been made in the years validated.
		if checked < 50 || len(rules) < 10 {
			t.Fatalf("%d injected CIN breaches of %d rules in the years validated, of %d breaches in all: too few to show the validator finds them",
				checked, len(rules), len(sum.Breaches))
		}
		t.Logf("%d injected CIN breaches of %d rules, all found", checked, len(rules))
	})
}

// datedInYears says whether a breach's detail names no date (a breach of the child's characteristics)
// or only dates well inside the collection years validated: a row dated near the start of the first
// year may be moved out of it by the breach itself (a closure two days before the referral), and a row
// of an earlier year is in no return validated here.
func datedInYears(detail string) bool {
	ctx := cin.NewContext(synthYears[0])
	from, to := ctx.Start.AddDays(7), cin.NewContext(synthYears[len(synthYears)-1]).End
	for _, s := range isoDate.FindAllString(detail, -1) {
		d, err := hearth.ParseDate(s)
		if err != nil || d.Before(from) || d.After(to) {
			return false
		}
	}
	return true
}

var isoDate = regexp.MustCompile(`[0-9]{4}-[0-9]{2}-[0-9]{2}`)
