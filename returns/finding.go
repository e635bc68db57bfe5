package returns

import (
	"cmp"
	"slices"
)

// Finding is one breach of one rule: where it is (the table, the 0-based data row of that table in the
// input, the child) and the rule's message. Row is -1 for a finding about a table or the return as a
// whole rather than one row.
type Finding struct {
	Rule    string   `json:"rule"`
	Table   string   `json:"table"`
	Row     int      `json:"row"`
	Child   string   `json:"child"`
	Fields  []string `json:"fields"`
	Message string   `json:"message"`

	// Line is, for a return read from an XML file (the CIN census), the line of the file where the row's
	// block starts, so that the text report can point into the file; 0 when unknown. It is not part of
	// the csv and json forms of the contract.
	Line int `json:"-"`
}

// NotRun is a rule that applies to the collection year but could not be run on this input, with the
// reason (such as "needs the previous year's return: give --previous DIR"). A rule that cannot run is
// reported, never counted as passed.
type NotRun struct {
	Rule string `json:"rule"`
	Why  string `json:"why"`
}

// Report is the outcome of validating one return.
type Report struct {
	Return   string    // which return, such as "SSDA903"
	Year     int       // the collection year, named by the 31 March that ends it
	Rules    int       // how many rules apply to the year
	Findings []Finding // sorted by rule, table and row
	NotRun   []NotRun  // sorted by rule
}

// Sort puts the findings in the order of the reports: by rule code (numerically where codes are numbers,
// so 101 comes before 1000), then table, then row.
func (r *Report) Sort() {
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		if c := CompareCodes(a.Rule, b.Rule); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Table, b.Table); c != 0 {
			return c
		}
		return cmp.Compare(a.Row, b.Row)
	})
	slices.SortStableFunc(r.NotRun, func(a, b NotRun) int { return CompareCodes(a.Rule, b.Rule) })
}

// CompareCodes orders rule codes as the DfE lists them: by their leading number, then by the rest (so
// "101" < "1000" and "4008" < "4008Q" < "8500").
func CompareCodes(a, b string) int {
	na, ra := leadingNumber(a)
	nb, rb := leadingNumber(b)
	if c := cmp.Compare(na, nb); c != 0 {
		return c
	}
	return cmp.Compare(ra, rb)
}

func leadingNumber(s string) (int, string) {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:]
}
