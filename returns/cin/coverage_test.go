package cin

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"hearth/returns"
)

// tsvRule is one row of the DfE's list of CIN census rules (testdata/cin-census-rules.tsv, a copy of
// shared/reference/cin-census-rules.tsv).
type tsvRule struct {
	code, severity, module string
	first, last            int // collection years, named by the 31 March that ends them
}

func readRuleList(t *testing.T) []tsvRule {
	t.Helper()
	f, err := os.Open("testdata/cin-census-rules.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tsvRule
	sc := bufio.NewScanner(f)
	sc.Scan() // the header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 {
			continue
		}
		first, last, ok := strings.Cut(cols[4], "..")
		if !ok {
			last = first
		}
		out = append(out, tsvRule{code: cols[0], severity: cols[1], module: cols[2], first: rulesetYear(t, first), last: rulesetYear(t, last)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("read %d rules from the list; expected over 100", len(out))
	}
	return out
}

// rulesetYear turns a ruleset name such as 2024_25 into its collection year, 2025.
func rulesetYear(t *testing.T, s string) int {
	y, err := strconv.Atoi(strings.SplitN(s, "_", 2)[0])
	if err != nil {
		t.Fatalf("ruleset %q: %v", s, err)
	}
	return y + 1
}

// TestEveryRuleOfTheYearIsImplementedOrListed keeps the rules in step with the DfE's list: every code
// that applies to a supported year is implemented or listed as not run with a reason, nothing is
// implemented that the list does not have for that year, and each rule's severity is the DfE's.
func TestEveryRuleOfTheYearIsImplementedOrListed(t *testing.T) {
	list := readRuleList(t)
	for year := firstSupportedYear; year <= lastSupportedYear; year++ {
		implemented := make(map[string]*Rule)
		for _, r := range Rules(year) {
			implemented[r.Code] = r
		}
		notRun := make(map[string]string)
		for _, n := range NotRunIn(year) {
			if n.Why == "" {
				t.Errorf("%d: rule %s is listed as not run without a reason", year, n.Rule)
			}
			notRun[n.Rule] = n.Why
		}
		inList := make(map[string]bool)
		for _, l := range list {
			if year < l.first || year > l.last {
				continue
			}
			inList[l.code] = true
			r, done := implemented[l.code]
			_, listed := notRun[l.code]
			switch {
			case done && listed:
				t.Errorf("%d: rule %s is both implemented and listed as not run", year, l.code)
			case !done && !listed:
				t.Errorf("%d: rule %s (%s) is neither implemented nor listed as not run", year, l.code, l.module)
			case done && string(r.Severity) != l.severity:
				t.Errorf("%d: rule %s is %s here and %s in the DfE's list", year, l.code, r.Severity, l.severity)
			case done && r.Module != l.module:
				t.Errorf("%d: rule %s is filed under %s here and %s in the DfE's list", year, l.code, r.Module, l.module)
			}
		}
		for code := range implemented {
			if !inList[code] {
				t.Errorf("%d: rule %s is implemented but is not in the DfE's list for the year", year, code)
			}
		}
		for code := range notRun {
			if !inList[code] {
				t.Errorf("%d: rule %s is listed as not run but is not in the DfE's list for the year", year, code)
			}
		}
	}
}

// TestRuleListMatchesTheSharedReference checks the test's copy of the DfE's list against the shared
// reference folder when it is beside the repository.
func TestRuleListMatchesTheSharedReference(t *testing.T) {
	shared, err := os.ReadFile("../../../shared/reference/cin-census-rules.tsv")
	if err != nil {
		t.Skipf("the shared reference folder is not beside the repository: %v", err)
	}
	copied, err := os.ReadFile("testdata/cin-census-rules.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(shared) != string(copied) {
		t.Fatal("testdata/cin-census-rules.tsv differs from shared/reference/cin-census-rules.tsv: copy it again")
	}
}

// TestARuleNotRunIsReportedWithItsReason checks that a rule listed as not run reaches the report with its
// reason, in the text form and beside the csv and json forms, rather than passing silently.
func TestARuleNotRunIsReportedWithItsReason(t *testing.T) {
	saved := notImplemented
	defer func() { notImplemented = saved }()
	notImplemented = append(notImplemented, returns.NotRun{Rule: "9999", Why: "needs the Ofsted provider list, which this run does not have"})

	rep := Validate(baseCensus(), year2026())
	if len(rep.NotRun) != 1 || rep.NotRun[0].Rule != "9999" || rep.Rules != len(Rules(2026))+1 {
		t.Fatalf("report: %d rules, not run %+v", rep.Rules, rep.NotRun)
	}
	var text, csv, notes bytes.Buffer
	if err := rep.Write(&text, nil, "text"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "1 rules not run") || !strings.Contains(text.String(), "9999: needs the Ofsted provider list") {
		t.Errorf("the text report does not say what was not run and why:\n%s", text.String())
	}
	if err := rep.Write(&csv, &notes, "csv"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notes.String(), "9999: needs the Ofsted provider list") {
		t.Errorf("the csv form's notes do not say what was not run: %q", notes.String())
	}
}
