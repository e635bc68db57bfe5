package ssda903

import (
	"slices"

	"hearth/returns"
	"testing"
)

func TestRule501(t *testing.T) {
	testRule(t, "501",
		ruleCase{name: "episodes that follow on pass", data: `Episodes
CHILD,DECOM,DEC
1,01/06/2025,04/06/2025
1,04/06/2025,
2,10/06/2025,11/06/2025`},
		ruleCase{name: "an episode starting before the previous one ended fires", data: `Episodes
CHILD,DECOM,DEC
111,01/06/2025,04/06/2025
111,02/06/2025,06/06/2025
111,06/06/2025,
111,08/06/2025,09/06/2025
222,10/06/2025,11/06/2025
333,05/06/2025,
333,04/06/2025,07/06/2025
444,08/06/2025,09/06/2025
444,08/06/2025,10/06/2025
444,15/06/2025,`, want: []string{"Episodes 1", "Episodes 5", "Episodes 8"}},
	)
}

func TestRule502(t *testing.T) {
	testRule(t, "502",
		ruleCase{name: "the open episode carried over passes", data: "Episodes\nCHILD,DECOM\n1,05/06/2024\n1,06/06/2025",
			previous: "Episodes\nCHILD,DECOM,DEC\n1,05/06/2024,\n2,01/01/2024,"},
		ruleCase{name: "a different start date from last year's open episode fires", data: `Episodes
CHILD,DECOM
111,01/06/2024
111,05/06/2024
123,08/06/2024
222,05/06/2024
333,06/06/2024
444,08/06/2024
444,09/06/2024
555,15/06/2024`, previous: `Episodes
CHILD,DECOM,DEC
111,05/06/2024,
123,08/06/2024,
222,09/06/2024,
333,06/06/2024,05/06/2024
444,08/06/2024,05/06/2024
444,19/06/2024,`, want: []string{"Episodes 0", "Episodes 3", "Episodes 5"}},
	)
}

func TestRule503A(t *testing.T) {
	testRule(t, "503A",
		ruleCase{name: "the same reason, or a closed episode last year, passes", data: "Episodes\nCHILD,DECOM,RNE\n1,01/06/2024,L\n2,01/06/2024,L",
			previous: "Episodes\nCHILD,DECOM,DEC,RNE\n1,01/06/2024,,L\n2,01/06/2024,02/06/2024,S"},
		ruleCase{name: "a different reason from last year's open episode fires", data: `Episodes
CHILD,DECOM,RNE
111,05/06/2024,L
111,01/06/2024,L
123,08/06/2024,L
444,08/06/2024,L`, previous: `Episodes
CHILD,DECOM,DEC,RNE
111,01/06/2024,,S
123,08/06/2024,,P
444,08/06/2024,,S
444,19/06/2024,,L`, want: []string{"Episodes 1", "Episodes 2"}},
	)
}

// lastOpenCases are the cases of a 503 rule about one field: the field as it was in last year's open
// episode and as it is in this year's first.
func lastOpenCases(field, was, is string) []ruleCase {
	return []ruleCase{
		{name: "the same value passes", data: "Episodes\nCHILD,DECOM," + field + "\n1,01/06/2024," + was + "\n1,02/06/2024," + is,
			previous: "Episodes\nCHILD,DECOM,DEC," + field + "\n1,01/06/2024,," + was},
		{name: "a different value, or a blank one, fires", data: "Episodes\nCHILD,DECOM," + field + "\n1,01/06/2024," + is + "\n2,01/06/2024,",
			previous: "Episodes\nCHILD,DECOM,DEC," + field + "\n1,01/06/2024,," + was + "\n2,01/06/2024,," + was,
			want:     []string{"Episodes 0", "Episodes 1"}},
	}
}

func TestRule503BtoF(t *testing.T) {
	testRule(t, "503B", lastOpenCases("LS", "C2", "V2")...)
	testRule(t, "503C", lastOpenCases("CIN", "N1", "N2")...)
	testRule(t, "503D", lastOpenCases("PLACE", "U1", "U2")...)
	testRule(t, "503E", lastOpenCases("PLACE_PROVIDER", "PR1", "PR2")...)
	testRule(t, "503F", lastOpenCases("URN", "SC123456", "SC654321")...)
}

func TestRule503DH5ToK3(t *testing.T) {
	carried := "Episodes\nCHILD,DECOM,PLACE\n1,01/06/2024,K3"
	last := "Episodes\nCHILD,DECOM,DEC,PLACE\n1,01/06/2024,,H5"
	testRule(t, "503D",
		ruleCase{name: "H5 becoming K3 passes in 2024/25", year: 2025, data: carried, previous: last},
		ruleCase{name: "H5 becoming K3 fires after 2024/25", year: 2026, data: carried, previous: last, want: []string{"Episodes 0"}},
	)
}

func TestRule504(t *testing.T) {
	testRule(t, "504",
		ruleCase{name: "the same category, or a new period of care, passes", data: `Episodes
CHILD,DECOM,DEC,REC,CIN
1,01/06/2025,04/06/2025,X1,N1
1,04/06/2025,06/06/2025,E11,N1
1,08/06/2025,,,N2`},
		ruleCase{name: "a changed category within a period of care fires", data: `Episodes
CHILD,DECOM,DEC,REC,CIN
111,01/06/2025,04/06/2025,X1,N1
111,04/06/2025,06/06/2025,X1,N2
111,06/06/2025,,X1,N3
111,08/06/2025,09/06/2025,X1,N2
222,10/06/2025,11/06/2025,X1,N3
333,04/06/2025,07/06/2025,X1,N4
333,07/06/2025,,X1,N1
444,08/06/2025,09/06/2025,X1,N2
444,08/06/2025,10/06/2025,X1,N3
444,10/06/2025,,X1,N4`, want: []string{"Episodes 1", "Episodes 2", "Episodes 6", "Episodes 9"}},
	)
}

// TestRulesNotRunWithoutData lists the rules of codes 501 to 635 and the integrity and social worker
// checks that need data Hearth does not have, and checks each is reported as not run with the reason.
// Such a rule can neither fire nor pass, so this test counts as both for the coverage TestMain checks.
func TestRulesNotRunWithoutData(t *testing.T) {
	for _, code := range []string{"503G", "503H", "503J"} {
		rule := RuleByCode(code)
		if rule == nil || rule.Needs != NeedsPostcodes && rule.Needs != NeedsProviders {
			t.Fatalf("rule %s should be registered as needing postcodes or providers", code)
		}
		rep := Validate(textReturn(t, "Episodes\nCHILD,DECOM\n1,01/06/2025"), Options{Year: 2026, Only: []string{code}})
		i := slices.IndexFunc(rep.NotRun, func(n returns.NotRun) bool { return n.Rule == code })
		if i < 0 || rep.NotRun[i].Why != rule.Needs.why() || len(rep.Findings) != 0 {
			t.Errorf("rule %s: not run %v, findings %v; want it not run because it %s", code, rep.NotRun, rep.Findings, rule.Needs.why())
		}
		coverage[code] = &[2]bool{true, true}
	}
}

func TestRule516(t *testing.T) {
	testRule(t, "516",
		ruleCase{name: "staying put after a U placement passes", data: "Episodes\nCHILD,REC,PLACE\n1,E45,U1\n2,E46,U6\n3,,U3\n4,E2,K2"},
		ruleCase{name: "E45 or E46 from another placement fires", data: "Episodes\nCHILD,REC,PLACE\n1,E45,Z1\n2,E46,S1\n3,E45,U4\n4,E46,xx", want: []string{"Episodes 0", "Episodes 1", "Episodes 3"}},
	)
}

func TestRule526(t *testing.T) {
	testRule(t, "526",
		ruleCase{name: "providers given, or temporary placements, pass", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,U1,PR1\n2,T1,\n3,Z14,\n4,T3,PR0"},
		ruleCase{name: "a missing provider fires", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,P1,\n2,Z1,\n3,T1,", want: []string{"Episodes 0", "Episodes 1"}},
		ruleCase{name: "Z1 needs no provider in 2024/25", year: 2025, data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,Z1,\n2,Z14,\n3,P0,", want: []string{"Episodes 1", "Episodes 2"}},
	)
}

// TestProviderNotWith covers the rules that a provider is never recorded with certain placements.
func TestProviderNotWith(t *testing.T) {
	for _, tc := range []struct{ code, provider, place string }{
		{"527", "PR1", "R5"}, {"528", "PR2", "R2"}, {"529", "PR3", "U3"}, {"530", "PR4", "P1"}, {"531", "PR5", "P1"},
	} {
		testRule(t, tc.code,
			ruleCase{name: "other placements pass", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,T1," + tc.provider + "\n2," + tc.place + ",PR9\n3,,"},
			ruleCase{name: "the placement with the provider fires", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1," + tc.place + "," + tc.provider + "\n2,X1," + tc.provider,
				want: []string{"Episodes 0"}},
		)
	}
}

func TestRule550(t *testing.T) {
	testRule(t, "550",
		ruleCase{name: "PR0 with P1 passes", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,P1,PR0\n2,P0,PR2\n3,T1,"},
		ruleCase{name: "PR0 with another placement fires", data: "Episodes\nCHILD,PLACE,PLACE_PROVIDER\n1,T3,PR0\n2,P1,PR0\n3,P0,PR0", want: []string{"Episodes 0", "Episodes 2"}},
	)
}

// TestWithLastYearFollowsTheReturns checks that the matching of children with last year's return, which
// the 502/503/562 rules share, is worked out again for each return and each last year's return.
func TestWithLastYearFollowsTheReturns(t *testing.T) {
	previous := textReturn(t, "Episodes\nCHILD,DECOM,DEC,RNE\n1,01/06/2024,,L\n2,01/06/2024,,L")
	run := func(r *Return) int {
		return len(Validate(r, Options{Year: 2026, Previous: previous, Only: []string{"503A"}}).Findings)
	}
	same := textReturn(t, "Episodes\nCHILD,DECOM,RNE\n1,01/06/2024,L")
	if n := run(same); n != 0 {
		t.Fatalf("a return carrying last year's episode on: %d findings, want none", n)
	}
	other := textReturn(t, "Episodes\nCHILD,DECOM,RNE\n1,01/06/2024,S")
	if n := run(other); n != 1 {
		t.Fatalf("another return with a different RNE: %d findings, want 1", n)
	}
	if n := run(same); n != 0 {
		t.Fatalf("the first return again: %d findings, want none", n)
	}
	previous = textReturn(t, "Episodes\nCHILD,DECOM,DEC,RNE\n1,01/06/2024,,T")
	if n := run(same); n != 1 {
		t.Fatalf("the first return against another last year's: %d findings, want 1", n)
	}
}
