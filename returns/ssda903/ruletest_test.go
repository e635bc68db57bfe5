package ssda903

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// A rule's tests are written as small returns in text, the way the DfE's own validator's tests are: each
// block is a table name on a line, its columns on the next (any subset, in any order; the others are
// blank) and its rows, with a blank line between blocks:
//
//	Header
//	CHILD,SEX,DOB
//	1,M,01/01/2010
//
//	Episodes
//	CHILD,DECOM,DEC,REC
//	1,01/04/2025,,
//
// A Header block may have a UASC column: the XML form's UASC flag (HeaderRow.UASC), which the CSV form
// does not have.
//
// ruleCase.want lists the rows the rule must flag as "Table row" (such as "Episodes 1"); a case with no
// want must not flag anything. Every rule needs at least one case of each kind (TestMain checks), so
// each rule has been seen to fire and seen not to fire.

// ruleCase is one test of one rule.
type ruleCase struct {
	name     string
	year     int    // the collection year; 2026 when 0
	data     string // this year's return
	previous string // last year's return, for rules that need it
	want     []string
}

// coverage records, for each rule code, whether a test has seen it fire and seen it not fire.
var coverage = map[string]*[2]bool{}

// testRule runs the cases of the rule with the code.
func testRule(t *testing.T, code string, cases ...ruleCase) {
	t.Helper()
	rule := RuleByCode(code)
	if rule == nil {
		t.Fatalf("rule %s is not registered", code)
	}
	cov := coverage[code]
	if cov == nil {
		cov = &[2]bool{}
		coverage[code] = cov
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			year := tc.year
			if year == 0 {
				year = 2026
			}
			if !rule.AppliesTo(year) {
				t.Fatalf("rule %s does not apply to %d", code, year)
			}
			o := Options{Year: year, Only: []string{code}}
			if tc.previous != "" {
				o.Previous = textReturn(t, tc.previous)
			}
			rep := Validate(textReturn(t, tc.data), o)
			for _, n := range rep.NotRun {
				t.Fatalf("rule %s was not run: %s", n.Rule, n.Why)
			}
			var got []string
			for _, f := range rep.Findings {
				got = append(got, fmt.Sprintf("%s %d", f.Table, f.Row))
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("rule %s flagged %v, want %v", code, got, want)
			}
			if len(tc.want) > 0 {
				cov[0] = true
			} else {
				cov[1] = true
			}
		})
	}
}

// textReturn reads a return written as text blocks (see ruleCase).
func textReturn(t testing.TB, text string) *Return {
	t.Helper()
	r := &Return{}
	for _, block := range strings.Split(strings.TrimSpace(text), "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		if len(lines) < 2 {
			t.Fatalf("block %q needs a table name and a line of columns", block)
		}
		table, ok := TableNamed(strings.TrimSpace(lines[0]))
		if !ok {
			t.Fatalf("%q is not a table", lines[0])
		}
		cols := strings.Split(strings.TrimSpace(lines[1]), ",")
		r.Present[table] = true
		for _, line := range lines[2:] {
			vals := strings.Split(strings.TrimSpace(line), ",")
			if len(vals) != len(cols) {
				t.Fatalf("table %s: row %q has %d values for %d columns", table, line, len(vals), len(cols))
			}
			row := make([]string, len(table.Columns()))
			uasc, uascGiven := "", false
			for k, c := range cols {
				if table == Header && strings.TrimSpace(c) == "UASC" {
					// The XML form's UASC flag, which is not a CSV column (HeaderRow.UASC).
					uasc, uascGiven = strings.TrimSpace(vals[k]), true
					continue
				}
				at := slices.Index(table.Columns(), strings.TrimSpace(c))
				if at < 0 {
					t.Fatalf("table %s has no column %q", table, c)
				}
				row[at] = strings.TrimSpace(vals[k])
			}
			r.Append(table, row)
			if table == Header {
				r.Header[len(r.Header)-1].UASC, r.Header[len(r.Header)-1].UASCGiven = uasc, uascGiven
			}
		}
	}
	return r
}

// TestMain checks, after a run of every test, that each registered rule has a test that makes it fire
// and one that does not.
func TestMain(m *testing.M) {
	code := m.Run()
	if f := flag.Lookup("test.run"); code == 0 && (f == nil || f.Value.String() == "") {
		var missing []string
		for _, r := range registry {
			cov := coverage[r.Code]
			if cov == nil || !cov[0] || !cov[1] {
				missing = append(missing, r.Code)
			}
		}
		if len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "These rules lack a test that makes them fire and one that does not: %s\n", strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}
