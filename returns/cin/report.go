package cin

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The report formats of the command line contract: text grouped by rule with counts, and csv and json
// with the keys rule, table, row, child, fields and message. They live in this one file so that moving
// to the shared returns package's formats, when that is merged, replaces one file.

// fieldSeparator joins a finding's fields in the csv form.
const fieldSeparator = ";"

// textListLimit is how many findings of one rule the text report lists before it only counts them; the
// csv and json forms list every finding.
const textListLimit = 20

// WriteText writes the report for a person: a summary line, then each rule that found something, in code
// order, with its severity, message and count and its first findings, then the rules not run and why.
func WriteText(w io.Writer, name string, r *Report) error {
	bw := bufio.NewWriter(w)
	rules := make(map[string]*Rule, len(r.Ran))
	for _, rule := range r.Ran {
		rules[rule.Code] = rule
	}
	counts := make(map[string]int)
	for _, f := range r.Findings {
		counts[f.Rule]++
	}
	errs := r.Errors()
	fmt.Fprintf(bw, "CIN census %s: %s, %d children, %d rules run", yearName(r.Year), name, r.Children, len(r.Ran))
	if len(r.NotRun) > 0 {
		fmt.Fprintf(bw, ", %d not run", len(r.NotRun))
	}
	fmt.Fprintf(bw, "\n%s and %s, from %s.\n", plural(errs, "error"), plural(len(r.Findings)-errs, "query", "queries"), plural(len(counts), "rule"))
	shown := 0
	for i, f := range r.Findings {
		if i == 0 || f.Rule != r.Findings[i-1].Rule {
			rule := rules[f.Rule]
			fmt.Fprintf(bw, "\n%s %s (%d): %s\n", f.Rule, rule.Severity, counts[f.Rule], rule.Message)
			shown = 0
		}
		shown++
		switch {
		case shown <= textListLimit:
			fmt.Fprintf(bw, "  %s\n", where(f))
		case shown == textListLimit+1:
			fmt.Fprintf(bw, "  and %d more (--format csv lists them all)\n", counts[f.Rule]-textListLimit)
		}
	}
	if len(r.NotRun) > 0 {
		fmt.Fprintf(bw, "\nNot run:\n")
		for _, n := range r.NotRun {
			fmt.Fprintf(bw, "  %s: %s\n", n.Code, n.Reason)
		}
	}
	return bw.Flush()
}

// where says where a finding is, for the text report.
func where(f Finding) string {
	if f.Row < 0 {
		return "the return as a whole: " + strings.Join(f.Fields, ", ")
	}
	s := fmt.Sprintf("%s row %d", f.Table, f.Row)
	if f.Line > 0 {
		s += fmt.Sprintf(" (line %d)", f.Line)
	}
	if f.Child != "" {
		s += ", child " + f.Child
	}
	return s + ": " + strings.Join(f.Fields, ", ")
}

func plural(n int, forms ...string) string {
	if n == 1 {
		return "1 " + forms[0]
	}
	if len(forms) > 1 {
		return strconv.Itoa(n) + " " + forms[1]
	}
	return strconv.Itoa(n) + " " + forms[0] + "s"
}

// csvHeader is the contract's header line.
var csvHeader = []string{"rule", "table", "row", "child", "fields", "message"}

// WriteCSV writes one line per finding under the contract's header; a finding about the whole return has
// row -1 and no child.
func WriteCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, f := range r.Findings {
		if err := cw.Write([]string{f.Rule, f.Table, strconv.Itoa(f.Row), f.Child, strings.Join(f.Fields, fieldSeparator), f.Message}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// jsonFinding is a finding as the json form writes it: the contract's keys.
type jsonFinding struct {
	Rule    string   `json:"rule"`
	Table   string   `json:"table"`
	Row     int      `json:"row"`
	Child   string   `json:"child"`
	Fields  []string `json:"fields"`
	Message string   `json:"message"`
}

// WriteJSON writes the findings as a JSON array of objects with the contract's keys.
func WriteJSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("[")
	for i, f := range r.Findings {
		if i > 0 {
			bw.WriteString(",")
		}
		b, err := json.Marshal(jsonFinding{f.Rule, f.Table, f.Row, f.Child, f.Fields, f.Message})
		if err != nil {
			return err
		}
		bw.WriteString("\n")
		bw.Write(b)
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}
