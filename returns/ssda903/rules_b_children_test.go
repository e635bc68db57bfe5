package ssda903

import (
	"slices"
	"testing"

	"hearth/returns"
)

// TestRulesBNotRun checks that the rules needing data a return does not carry (Ofsted's providers, the
// locations of postcodes) are reported as not run with the reason, rather than passing silently; that is
// the only way they can behave, so it stands for both kinds of case TestMain asks of them.
func TestRulesBNotRun(t *testing.T) {
	needs := map[string]Need{"241": NeedsProviders, "243": NeedsPostcodes, "392a": NeedsPostcodes, "392c": NeedsPostcodes,
		"406": NeedsPostcodes, "411": NeedsPostcodes, "420": NeedsPostcodes, "452": NeedsPostcodes, "453": NeedsPostcodes,
		"454": NeedsPostcodes, "1008": NeedsProviders, "1015": NeedsPostcodes}
	var codes []string
	for code := range needs {
		codes = append(codes, code)
	}
	rep := Validate(textReturn(t, "Episodes\nCHILD,DECOM,PLACE,URN\n1,01/04/2025,K3,SC123456"), Options{Year: 2027, Only: codes})
	if len(rep.Findings) != 0 {
		t.Errorf("findings %v from rules that cannot run", rep.Findings)
	}
	for code, need := range needs {
		i := slices.IndexFunc(rep.NotRun, func(n returns.NotRun) bool { return n.Rule == code })
		if i < 0 {
			t.Errorf("rule %s was not reported as not run", code)
			continue
		}
		if rep.NotRun[i].Why != need.why() {
			t.Errorf("rule %s not run because %q, want %q", code, rep.NotRun[i].Why, need.why())
		}
		coverage[code] = &[2]bool{true, true}
	}
}

func TestRule242(t *testing.T) {
	testRule(t, "242",
		ruleCase{name: "XXXXXXX for adoption and foster placements, other URNs anywhere", data: "Episodes\nCHILD,PLACE,URN\n1,A3,XXXXXXX\n2,U6,XXXXXXX\n3,K3,SC123456\n4,K3,"},
		ruleCase{name: "XXXXXXX for a children's home fires", data: "Episodes\nCHILD,PLACE,URN\n1,A3,XXXXXXX\n2,K3,XXXXXXX\n3,,XXXXXXX", want: []string{"Episodes 1", "Episodes 2"}},
	)
}

func TestRule301(t *testing.T) {
	testRule(t, "301",
		ruleCase{name: "born by the year end passes", data: "Header\nCHILD,DOB\n1,31/03/2026\n2,\n3,99/99/2030"},
		ruleCase{name: "born after the year end fires", data: "Header\nCHILD,DOB\n1,01/04/2026\n2,02/06/2000", want: []string{"Header 0"}},
		ruleCase{name: "the year end is that of the collection year", year: 2025, data: "Header\nCHILD,DOB\n1,31/03/2025\n2,01/04/2025", want: []string{"Header 1"}},
		ruleCase{name: "born by the 2026/27 year end passes", year: 2027, data: "Header\nCHILD,DOB\n1,31/03/2027"},
	)
}

func TestRule302(t *testing.T) {
	testRule(t, "302",
		ruleCase{name: "first episode on or after birth passes", data: `Header
CHILD,DOB
1,16/03/2021
2,31/12/2020

Episodes
CHILD,DECOM
1,16/03/2021
2,
3,01/01/2000`},
		ruleCase{name: "first episode before birth fires on both rows", data: `Header
CHILD,DOB
1,16/03/2021
2,23/09/2019
3,01/01/1995

Episodes
CHILD,DECOM
1,16/03/2021
1,20/03/2020
2,17/06/2020
3,03/04/1994
3,01/02/1988`, want: []string{"Episodes 1", "Header 0", "Episodes 4", "Header 2"}},
	)
}

func TestRule304(t *testing.T) {
	testRule(t, "304",
		ruleCase{name: "ceased by the 18th birthday passes", data: "UASC\nCHILD,DOB,DUC\n1,01/06/2000,01/06/2018\n2,02/06/2000,\n3,,05/06/2020\n4,29/02/2000,28/02/2018"},
		ruleCase{name: "ceased after the 18th birthday fires", data: "UASC\nCHILD,DOB,DUC\n1,01/06/2000,05/06/2019\n2,04/06/2000,05/06/2018\n3,29/02/2000,01/03/2018", want: []string{"UASC 0", "UASC 1", "UASC 2"}},
	)
}

func TestRule351(t *testing.T) {
	testRule(t, "351",
		ruleCase{name: "25 or under at the year start passes", data: "Header\nCHILD,DOB\n1,01/04/2000\n2,\n3,11/11/2020"},
		ruleCase{name: "over 25 at the year start fires", data: "Header\nCHILD,DOB\n1,31/03/2000\n2,03/10/1995\n3,01/04/2000", want: []string{"Header 0", "Header 1"}},
	)
}

func TestRule352(t *testing.T) {
	testRule(t, "352",
		ruleCase{name: "started care before the 18th birthday passes", data: `Header
CHILD,DOB
1,16/03/2005
2,23/09/2004

Episodes
CHILD,DECOM,RNE
1,15/03/2023,S
2,17/06/2021,S
2,,S
2,20/10/2025,P`},
		ruleCase{name: "started care on or after the 18th birthday fires", data: `Header
CHILD,DOB
1,16/03/2005
2,31/12/2000

Episodes
CHILD,DECOM,RNE
1,16/03/2023,S
2,23/08/2025,S
2,24/08/2025,L`, want: []string{"Episodes 0", "Episodes 1"}},
	)
}

func TestRule393(t *testing.T) {
	testRule(t, "393",
		ruleCase{name: "mother status given, boys, respite and children not looked after pass", data: `Header
CHILD,SEX,MOTHER
101,F,1
102,M,
103,F,0
105,F,
106,F,

Episodes
CHILD,LS
101,C2
102,C2
103,C2
105,V4`},
		ruleCase{name: "a girl looked after without mother status fires", data: `Header
CHILD,SEX,MOTHER
101,F,1
104,F,
105,F,

Episodes
CHILD,LS
101,C2
104,C1
105,V3
105,C2`, want: []string{"Header 1", "Header 2"}},
	)
}

func TestRule442(t *testing.T) {
	testRule(t, "442",
		ruleCase{name: "UPN given, respite only, or not looked after passes", data: `Header
CHILD,UPN
102,H801200001001
103,UN1
106,
107,

Episodes
CHILD,LS
102,L4
103,
106,V4
106,V3`},
		ruleCase{name: "a looked-after child without a UPN fires", data: `Header
CHILD,UPN
101,
104,UN2
105,
108,

Episodes
CHILD,LS
101,
104,L4
105,L1
108,V3
108,C2`, want: []string{"Header 0", "Header 2", "Header 3"}},
	)
}

func TestRule444(t *testing.T) {
	testRule(t, "444",
		ruleCase{name: "unique UPNs and repeated unknown codes pass", data: "Header\nCHILD,UPN\n1,UN1\n2,UN1\n3,UN5\n4,SINGLE1\n5,\n6,"},
		ruleCase{name: "a UPN used twice fires on both", data: "Header\nCHILD,UPN\n1,UN1\n2,UN1\n3,SINGLE1\n4,DUPLICATE1\n5,DUPLICATE1\n6,DUPLICATE2\n7,DUPLICATE2\n8,DUPLICATE2",
			want: []string{"Header 3", "Header 4", "Header 5", "Header 6", "Header 7"}},
	)
}
