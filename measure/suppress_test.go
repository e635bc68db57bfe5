package measure_test

import (
	"math"
	"testing"

	"hearth"
	"hearth/measure"
)

func TestPanelMembersSeeNoSmallNumbers(t *testing.T) {
	pct := func(num, den int) measure.Result {
		return measure.Result{MeasureID: "re-referrals-12m", Numerator: num, Denominator: den, Defined: den > 0,
			Value: float64(num) * 100 / float64(max(den, 1)), NumeratorIDs: []hearth.ID{1}, DenominatorIDs: []hearth.ID{1, 2}}
	}
	for _, c := range []struct {
		num, den   int
		suppressed bool
	}{
		{0, 0, false},    // nothing to identify
		{0, 40, false},   // none of 40
		{3, 40, true},    // 3 children
		{40, 40, false},  // all 40
		{38, 40, true},   // the 2 not counted can be worked out
		{10, 12, true},   // likewise
		{5, 10, false},   // 5 and 5
		{20, 3, true},    // a denominator of 3 (impossible, but never shown)
		{50, 100, false}, // ordinary
	} {
		r := measure.ForPanel(pct(c.num, c.den))
		if r.Suppressed != c.suppressed {
			t.Errorf("%d of %d: suppressed %v, want %v", c.num, c.den, r.Suppressed, c.suppressed)
		}
		if r.NumeratorIDs != nil || r.DenominatorIDs != nil {
			t.Errorf("%d of %d: a panel member was given the children", c.num, c.den)
		}
		if r.Suppressed && (r.Numerator != 0 || r.Denominator != 0 || r.Value != 0 || r.Defined) {
			t.Errorf("%d of %d: a suppressed figure still shows %+v", c.num, c.den, r)
		}
	}

	rate := measure.Result{MeasureID: "cp-plans-rate", Numerator: 3, Denominator: 42000, Defined: true, Value: 3 * 10000.0 / 42000}
	if !measure.ForPanel(rate).Suppressed {
		t.Error("a rate of 3 children was shown")
	}
	rate.Numerator = 300
	if measure.ForPanel(rate).Suppressed {
		t.Error("a rate of 300 children per 42,000 was suppressed because of its population")
	}

	full := pct(3, 40)
	if r := measure.ForRole(full, hearth.RoleSeniorLeader); r.Suppressed || r.NumeratorIDs == nil {
		t.Error("a senior leader's figures were suppressed")
	}
	if r := measure.ForRole(full, hearth.RolePanelMember); !r.Suppressed {
		t.Error("a panel member saw 3 children")
	}
}

func TestABreakdownCannotGiveAwayASuppressedRow(t *testing.T) {
	row := func(key string, num, den int) measure.Result {
		return measure.Result{MeasureID: "mash-checks-in-time", Key: key, Numerator: num, Denominator: den, Defined: den > 0}
	}
	r := measure.Result{MeasureID: "mash-checks-in-time", Numerator: 73, Denominator: 90, Defined: true,
		Breakdown: []measure.Result{row("police", 50, 60), row("health", 20, 27), row("education", 3, 3), row("gp", 0, 0)}}
	got := measure.ForPanel(r)
	state := map[string]bool{}
	for _, b := range got.Breakdown {
		state[b.Key] = b.Suppressed
	}
	// Education (3) is suppressed; with the total shown it could be worked out from the others, so the
	// next smallest row with any requests (health) is suppressed too. The empty gp row stays.
	if !state["education"] || !state["health"] || state["police"] || state["gp"] || got.Suppressed {
		t.Errorf("suppressed rows = %v, total suppressed %v", state, got.Suppressed)
	}
}

func TestRAGAgainstTheTarget(t *testing.T) {
	res := func(v float64) measure.Result { return measure.Result{Value: v, Defined: true} }
	higher, _ := measure.Lookup("assessments-45wd")
	lower, _ := measure.Lookup("re-referrals-12m")
	neither, _ := measure.Lookup("referrals-rate")
	for _, c := range []struct {
		m    *measure.Measure
		v    float64
		want measure.RAG
	}{
		{higher, 90, measure.Green}, {higher, 85, measure.Green}, {higher, 81, measure.Amber}, {higher, 79.9, measure.Red},
		{lower, 20, measure.Green}, {lower, 22, measure.Green}, {lower, 26, measure.Amber}, {lower, 27.5, measure.Red},
		{neither, 500, measure.Green}, {neither, 470, measure.Green}, {neither, 600, measure.Amber},
	} {
		target := measure.Target{Value: 85, Tolerance: 5}
		if c.m == lower {
			target = measure.Target{Value: 22, Tolerance: 5}
		}
		if c.m == neither {
			target = measure.Target{Value: 500, Tolerance: 50}
		}
		if got := target.RAG(c.m, res(c.v)); got != c.want {
			t.Errorf("%s at %v against %v±%v = %q, want %q", c.m.ID, c.v, target.Value, target.Tolerance, got, c.want)
		}
	}
	if got := (measure.Target{Value: 85}).RAG(higher, measure.Result{}); got != measure.NoRAG {
		t.Errorf("an undefined value has RAG %q", got)
	}
	if got := (measure.Target{Value: 85}).RAG(higher, measure.Result{Suppressed: true}); got != measure.NoRAG {
		t.Errorf("a suppressed value has RAG %q", got)
	}
}

func TestTargetValidation(t *testing.T) {
	ok := measure.Target{MeasureID: "assessments-45wd", Value: 85, Tolerance: 5, From: day(2025, 4, 1)}
	if err := ok.Validate(); err != nil {
		t.Errorf("a good target: %v", err)
	}
	for name, bad := range map[string]measure.Target{
		"unknown measure":  {MeasureID: "nope", Value: 1, From: day(2025, 4, 1)},
		"over 100 percent": {MeasureID: "assessments-45wd", Value: 101, From: day(2025, 4, 1)},
		"negative":         {MeasureID: "assessments-45wd", Value: -1, From: day(2025, 4, 1)},
		"not a number":     {MeasureID: "assessments-45wd", Value: math.NaN(), From: day(2025, 4, 1)},
		"no date":          {MeasureID: "assessments-45wd", Value: 80},
		"bad tolerance":    {MeasureID: "assessments-45wd", Value: 80, Tolerance: -2, From: day(2025, 4, 1)},
	} {
		if err := bad.Validate(); hearth.ErrorCode(err) != hearth.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
	rate := measure.Target{MeasureID: "referrals-rate", Value: 550, From: day(2025, 4, 1)}
	if err := rate.Validate(); err != nil {
		t.Errorf("a rate target over 100: %v", err)
	}
}
