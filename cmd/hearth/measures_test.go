package main

import (
	"encoding/json"
	"strings"
	"testing"

	"hearth/measure"
)

// TestMeasuresOnAGeneratedAuthority runs the real binary on a real generated authority and checks, for
// every measure and every row of a breakdown, that the value printed is the numerator over the
// denominator, scaled by the unit, exactly as float64 division gives it.
func TestMeasuresOnAGeneratedAuthority(t *testing.T) {
	t.Parallel()
	path, _ := generateSQLite(t, "--size", "small", "--seed", "3", "--reference-date", "2025-03-31")
	r := runHearth(t, "", "measures", "--db", path, "--as-at", "2025-03-31", "--format", "json")
	r.mustSucceed(t, "hearth measures --format json")
	var out struct {
		AsAt       string `json:"as_at"`
		Population struct {
			Count int `json:"count"`
		} `json:"child_population"`
		Measures []struct {
			measure.Result
			Title   string           `json:"title"`
			Unit    measure.Unit     `json:"unit"`
			England *measure.England `json:"england"`
			Target  *json.RawMessage `json:"target"`
		} `json:"measures"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("the output is not JSON: %v\n%s", err, r.stdout)
	}
	if out.AsAt != "2025-03-31" || out.Population.Count != 42000 {
		t.Errorf("as at %s with population %d, want 2025-03-31 and the small authority's 42,000", out.AsAt, out.Population.Count)
	}
	if len(out.Measures) != len(measure.Catalogue()) {
		t.Fatalf("%d measures printed, the catalogue has %d", len(out.Measures), len(measure.Catalogue()))
	}
	check := func(id string, r measure.Result, u measure.Unit) {
		t.Helper()
		want := float64(r.Numerator) * u.Scale() / float64(r.Denominator)
		switch {
		case r.Denominator == 0 && (r.Defined || r.Value != 0):
			t.Errorf("%s: no denominator but value %v", id, r.Value)
		case r.Denominator > 0 && (!r.Defined || r.Value != want):
			t.Errorf("%s: value %v, want %d × %v / %d = %v", id, r.Value, r.Numerator, u.Scale(), r.Denominator, want)
		}
	}
	for i, m := range out.Measures {
		def := measure.Catalogue()[i]
		if m.MeasureID != def.ID || m.Title != def.Title || m.Unit != def.Unit {
			t.Errorf("measure %d is %s %q (%s), want %s", i, m.MeasureID, m.Title, m.Unit, def.ID)
		}
		if m.Denominator == 0 {
			t.Errorf("%s has no denominator on a generated authority: nothing was counted", m.MeasureID)
		}
		if (m.England == nil) != (def.England == nil) {
			t.Errorf("%s: England figure %+v, catalogue %+v", m.MeasureID, m.England, def.England)
		}
		if m.Target != nil && string(*m.Target) != "null" {
			t.Errorf("%s has a target on an authority that set none: %s", m.MeasureID, *m.Target)
		}
		check(m.MeasureID, m.Result, m.Unit)
		for _, b := range m.Breakdown {
			check(m.MeasureID+"/"+b.Key, b, m.Unit)
		}
	}
	// The counts an analyst would get from the tables with plain SQL, for the measures that are simple
	// counts, must be the numerators printed.
	db := openSQLite(t, path)
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	year := `BETWEEN '2024-04-01' AND '2025-03-31' AND record_status = 'active'`
	bySQL := map[string]int{
		"referrals-rate": count(`SELECT COUNT(*) FROM cin_episodes WHERE referral_date ` + year),
		"re-referrals-12m": count(`SELECT COUNT(*) FROM cin_episodes e WHERE e.referral_date ` + year + ` AND EXISTS (
			SELECT 1 FROM cin_episodes p WHERE p.person_id = e.person_id AND p.record_status = 'active'
			AND p.referral_date < e.referral_date AND p.referral_date >= date(e.referral_date, '-12 months'))`),
		"s47-rate": count(`SELECT COUNT(*) FROM s47_enquiry WHERE start_date ` + year),
		"cp-plans-rate": count(`SELECT COUNT(DISTINCT person_id) FROM cp_plans WHERE record_status = 'active' AND other_la = 0
			AND start_date <= '2025-03-31' AND (end_date IS NULL OR end_date > '2025-03-31')`),
		"strategy-police-health": count(`SELECT COUNT(*) FROM strategy_discussions WHERE substr(held_at, 1, 10) ` + year + `
			AND ' ' || agencies || ' ' LIKE '% police %' AND (' ' || agencies || ' ' LIKE '% health %' OR ' ' || agencies || ' ' LIKE '% gp %')`),
	}
	for _, m := range out.Measures {
		if want, ok := bySQL[m.MeasureID]; ok && m.Numerator != want {
			t.Errorf("%s numerator %d, plain SQL counts %d", m.MeasureID, m.Numerator, want)
		}
	}

	if !strings.Contains(r.stdout, `"target": null`) || !strings.Contains(r.stdout, `"england": {`) {
		t.Errorf("the JSON does not show the target and England figure of each measure")
	}

	text := runHearth(t, "", "measures", "--db", path, "--as-at", "2025-03-31")
	text.mustSucceed(t, "hearth measures")
	for _, want := range []string{"Measures as at 31/03/2025", "assessments-45wd  Assessments completed within 45 working days",
		"England 22.6% (2025;", "Child population aged 0 to 17: 42,000"} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("the text output lacks %q:\n%s", want, text.stdout)
		}
	}
}

func TestMeasuresRefusesBadArguments(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"measures"},
		{"measures", "--db", "nowhere.db"},
		{"measures", "--db", "x.db", "--as-at", "31/03/2025"},
		{"measures", "--db", "x.db", "--format", "csv"},
		{"measures", "--db", "x.db", "--window", "week"},
	} {
		r := runHearth(t, "", args...)
		if r.code != 2 || r.stderr == "" {
			t.Errorf("hearth %s: exit %d, stderr %q; want 2 and a message", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}
