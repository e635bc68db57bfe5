package ssda903

import (
	"testing"

	"hearth"
)

func TestPermanenceDate(t *testing.T) {
	for in, want := range map[string]hearth.Date{
		"01/05/2000": hearth.NewDate(2000, 5, 1),
		"ZZ/05/2021": hearth.NewDate(2021, 5, 31),
		"ZZ/02/2024": hearth.NewDate(2024, 2, 29),
		"05/ZZ/2020": hearth.NewDate(2020, 12, 5),
		"ZZ/ZZ/1993": hearth.NewDate(1993, 12, 31),
		"ZZ/ZZ/ZZZZ": hearth.NewDate(2000, 12, 31),
	} {
		if got, ok := permanenceDate(in); !ok || got != want {
			t.Errorf("permanenceDate(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"xx/10/2011", "ZZ/ZZ/ZZ", "01/13/2000", "2000-01-01", "", "ZZ/13/2000"} {
		if got, ok := permanenceDate(in); ok {
			t.Errorf("permanenceDate(%q) = %v; want not a date", in, got)
		}
	}
}

func TestRule630(t *testing.T) {
	testRule(t, "630",
		ruleCase{name: "previous permanence recorded, or not a new period this year, passes", data: `Episodes
CHILD,DECOM,RNE
0,01/04/2025,T
2,01/04/2025,S
3,01/04/2025,P
4,31/03/2025,S
6,01/04/2025,S
8,01/04/2025,S

PrevPerm
CHILD,PREV_PERM,LA_PERM,DATE_PERM
2,Z1,,
4,P1,352,
6,Z1,,
8,P1,352,05/05/2020`},
		ruleCase{name: "without the PrevPerm table nothing is flagged", data: "Episodes\nCHILD,DECOM,RNE\n1,01/04/2025,S"},
		ruleCase{name: "previous permanence missing or incomplete fires", data: `Episodes
CHILD,DECOM,RNE
1,01/04/2025,S
5,01/04/2025,S
7,01/04/2025,S
9,01/04/2025,S

PrevPerm
CHILD,PREV_PERM,LA_PERM,DATE_PERM
5,P1,,01/05/2000
7,,,
9,,352,01/05/2000`, want: []string{"Episodes 0", "Episodes 1", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule631(t *testing.T) {
	testRule(t, "631",
		ruleCase{name: "listed codes or blank pass", data: "PrevPerm\nCHILD,PREV_PERM\n1,P1\n2,Z1\n3,"},
		ruleCase{name: "other codes fire", data: "PrevPerm\nCHILD,PREV_PERM\n1,P0\n2,P1\n3,p1", want: []string{"PrevPerm 0", "PrevPerm 2"}},
	)
}

func TestRule632(t *testing.T) {
	testRule(t, "632",
		ruleCase{name: "orders before care began pass", data: `PrevPerm
CHILD,DATE_PERM
102,17/06/2001
104,
105,05/ZZ/2020
106,ZZ/05/2025
107,ZZ/ZZ/ZZZZ
108,ZZ/ZZ/1993
111,xx/10/2011

Episodes
CHILD,DECOM
102,19/11/2021
102,18/06/2001
103,
104,11/09/2015
105,01/03/2021
106,01/07/2025
107,01/07/2025
108,01/07/2025`},
		ruleCase{name: "invalid dates or orders on or after care began fire", data: `PrevPerm
CHILD,DATE_PERM
101,xx/10/2011
102,17/06/2001
109,ZZ/ZZ/ZZ
110,01/13/2000
106,ZZ/06/2025

Episodes
CHILD,DECOM
101,20/10/2011
102,19/11/2021
102,17/06/2001
109,01/07/2025
110,01/07/2025
106,30/06/2025`, want: []string{"Episodes 0", "Episodes 2", "Episodes 3", "Episodes 4", "Episodes 5",
			"PrevPerm 0", "PrevPerm 1", "PrevPerm 2", "PrevPerm 3", "PrevPerm 4"}},
	)
}

func TestRule633(t *testing.T) {
	testRule(t, "633",
		ruleCase{name: "LA codes and the codes outside England pass", data: "PrevPerm\nCHILD,LA_PERM\n101,\n102,SCO\n103,204\n8,212"},
		ruleCase{name: "other codes fire", data: "PrevPerm\nCHILD,LA_PERM\n6,458\n7,176\n8,sco", want: []string{"PrevPerm 0", "PrevPerm 1", "PrevPerm 2"}},
	)
}

func TestRule634(t *testing.T) {
	testRule(t, "634",
		ruleCase{name: "previous permanence of children in care since April 2016, or none, passes", data: `PrevPerm
CHILD,PREV_PERM,LA_PERM,DATE_PERM
102,,352,
104,,,
6,Z1,352,

Episodes
CHILD,DECOM
102,19/11/2021
102,17/06/2001
104,01/01/2010`},
		ruleCase{name: "previous permanence of a child whose care began before April 2016 fires", data: `PrevPerm
CHILD,PREV_PERM,LA_PERM,DATE_PERM
101,Z1,,
103,,,01/05/2000
103,,,
103,P1,,

Episodes
CHILD,DECOM
101,20/10/2011
103,04/04/2002
103,11/09/2015
103,31/03/2016`, want: []string{"PrevPerm 0", "PrevPerm 1", "PrevPerm 3", "Episodes 0", "Episodes 1", "Episodes 2", "Episodes 3"}},
	)
}

func TestRule635(t *testing.T) {
	testRule(t, "635",
		ruleCase{name: "an order's details with an option, or none at all, pass", data: "PrevPerm\nCHILD,PREV_PERM,LA_PERM,DATE_PERM\n2,Z1,,\n7,,,\n8,P1,352,05/05/2020"},
		ruleCase{name: "an order's details with Z1 or no option fire", data: "PrevPerm\nCHILD,PREV_PERM,LA_PERM,DATE_PERM\n4,,352,\n5,,,01/05/2000\n6,Z1,352,",
			want: []string{"PrevPerm 0", "PrevPerm 1", "PrevPerm 2"}},
	)
}

// FuzzPermanenceDate checks that reading DATE_PERM never fails on any input, that what it accepts is a
// date, and that it agrees with ParseDate on a date with no ZZ parts.
func FuzzPermanenceDate(f *testing.F) {
	for _, s := range []string{"01/05/2000", "ZZ/05/2021", "05/ZZ/2020", "ZZ/ZZ/ZZZZ", "ZZ/ZZ/ZZ", "31/02/2020", "", "/", "ZZ//"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := permanenceDate(s)
		if ok == d.IsZero() {
			t.Fatalf("permanenceDate(%q) = %v, %v: a date is accepted exactly when it is known", s, d, ok)
		}
		if full := ParseDate(s); !full.IsZero() && full != d {
			t.Fatalf("permanenceDate(%q) = %v, ParseDate gives %v", s, d, full)
		}
	})
}
