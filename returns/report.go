package returns

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Formats are the report formats of the command line contract.
var Formats = []string{"text", "csv", "json"}

// CSVHeader is the header of the csv report, as DESIGN.md's command line contract sets it.
var CSVHeader = []string{"rule", "table", "row", "child", "fields", "message"}

// Write writes the report in format (text, csv or json). The csv and json forms hold only the findings,
// so that they can be loaded as they are; the rules that could not run go to notes (standard error on the
// command line) in those forms, and at the end of the text form.
func (r *Report) Write(w, notes io.Writer, format string) error {
	switch format {
	case "text":
		return r.WriteText(w)
	case "csv":
		if err := r.WriteCSV(w); err != nil {
			return err
		}
	case "json":
		if err := r.WriteJSON(w); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown report format %q: use text, csv or json", format)
	}
	return r.writeNotRun(notes)
}

// WriteCSV writes one line per finding under CSVHeader. A finding's fields are joined with semicolons.
func (r *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, f := range r.Findings {
		cw.Write([]string{f.Rule, f.Table, strconv.Itoa(f.Row), f.Child, strings.Join(f.Fields, ";"), f.Message})
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes a JSON array with one object per finding, with the keys of the csv header (fields is
// an array of the field names).
func (r *Report) WriteJSON(w io.Writer) error {
	findings := r.Findings
	if findings == nil {
		findings = []Finding{}
	}
	for i := range findings {
		if findings[i].Fields == nil {
			findings[i].Fields = []string{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(findings)
}

// WriteText writes the report for a person: a summary line, then each rule that found something with its
// message, how many rows and the first few of them, then the rules that could not run and why.
func (r *Report) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	children := map[string]bool{}
	for _, f := range r.Findings {
		if f.Child != "" {
			children[f.Child] = true
		}
	}
	groups := r.byRule()
	ew.printf("%s %d/%d (collection year to 31 March %d): %d rules apply; %d findings of %d rules about %d children; %d rules not run.\n",
		r.Return, r.Year-1, r.Year%100, r.Year, r.Rules, len(r.Findings), len(groups), len(children), len(r.NotRun))
	const shown = 5
	for _, g := range groups {
		first := g[0]
		ew.printf("\nRule %s (%d): %s\n", first.Rule, len(g), first.Message)
		for i, f := range g {
			if i == shown {
				ew.printf("  ... and %d more (use --format csv for every row)\n", len(g)-shown)
				break
			}
			ew.printf("  %s row %d", f.Table, f.Row)
			if f.Line > 0 { // CIN: the line of the XML file
				ew.printf(" (line %d)", f.Line)
			}
			if f.Child != "" {
				ew.printf(", child %s", f.Child)
			}
			if len(f.Fields) > 0 {
				ew.printf(": %s", strings.Join(f.Fields, ", "))
			}
			ew.printf("\n")
		}
	}
	if len(r.NotRun) > 0 {
		ew.printf("\nNot run (%d):\n", len(r.NotRun))
		for _, n := range r.NotRun {
			ew.printf("  %s: %s\n", n.Rule, n.Why)
		}
	}
	return ew.err
}

func (r *Report) writeNotRun(w io.Writer) error {
	if w == nil || len(r.NotRun) == 0 {
		return nil
	}
	ew := &errWriter{w: w}
	ew.printf("%d rules were not run:\n", len(r.NotRun))
	for _, n := range r.NotRun {
		ew.printf("  %s: %s\n", n.Rule, n.Why)
	}
	return ew.err
}

// byRule groups the sorted findings by rule.
func (r *Report) byRule() [][]Finding {
	var groups [][]Finding
	for i, f := range r.Findings {
		if i == 0 || f.Rule != r.Findings[i-1].Rule {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], f)
	}
	return groups
}

// errWriter keeps the first write error so that a report of many lines is not a ladder of checks.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
