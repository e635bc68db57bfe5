package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"hearth"
	"hearth/calendar"
	"hearth/duty"
	"hearth/measure"
)

var measuresHelp = help{
	usage: "hearth measures --db DSN [--as-at YYYY-MM-DD] [--window 12-months|month] [--format text|json]",
	about: `Compute every measure of the catalogue from the record as at a date: each measure's id, title,
numerator, denominator and value (always the numerator over the denominator, as a percentage or per
10,000 children), the organisation's target with its RAG rating, and the latest England figure with its
year and source where the DfE publishes one. Flow measures (referrals, assessments completed, visits due)
count the 12 months to the date, or the month to it with --window month; stock measures (children on a
plan, unallocated children) count what stood at the end of the date. Rates per 10,000 children need the
organisation's child population, which hearth generate sets for a synthetic authority.`,
	examples: []string{
		"hearth measures --db hearth.db --as-at 2026-03-31",
		"hearth measures --db postgres://hearth@localhost:5432/hearth --as-at 2026-03-31 --format json",
	},
}

func runMeasures(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("measures", measuresHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	asAtFlag := fs.String("as-at", "", "the `DATE` to compute the measures as at, YYYY-MM-DD (default today)")
	window := fs.String("window", "12-months", "the `PERIOD` flow measures count: 12-months (to the date) or month (the calendar month to it)")
	format := fs.String("format", "text", "the output `FORMAT`: text or json")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db"); err != nil {
		return err
	}
	asAt := measure.EnglandDate(time.Now())
	if *asAtFlag != "" {
		d, err := hearth.ParseDate(strings.TrimSpace(*asAtFlag))
		if err != nil {
			return usageError(fs, "--as-at: %s", hearth.ErrorMessage(err))
		}
		asAt = d
	}
	w := measure.TwelveMonths
	switch *window {
	case "12-months":
	case "month":
		w = measure.OneMonth
	default:
		return usageError(fs, "--window must be 12-months or month, not %q", *window)
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format must be text or json, not %q", *format)
	}
	if err := existingSQLite(*dsn); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	started := time.Now()
	rows, err := db.DutySettings(ctx)
	if err != nil {
		return err
	}
	settings, err := duty.FromStored(rows)
	if err != nil {
		// A stored setting the rules refuse is left out and its default stands; say so and go on.
		fmt.Fprintf(c.stderr, "%s: %v (the default timescale is used instead)\n", c.name, err)
	}
	data, err := db.LoadMeasures(ctx, settings.MeasureTimescales(calendar.England()))
	if err != nil {
		return err
	}
	loaded := time.Now()
	results := data.All(asAt, w, measure.Options{})
	computed := time.Now()
	targets, err := db.Targets(ctx, asAt)
	if err != nil {
		return err
	}
	report := measuresReport{
		AsAt:       asAt,
		Period:     measure.PeriodEnding(asAt, w),
		Population: data.Population(),
		Timings:    timings{LoadMS: ms(loaded.Sub(started)), ComputeMS: ms(computed.Sub(loaded))},
	}
	for _, r := range results {
		m, _ := measure.Lookup(r.MeasureID)
		line := measureLine{Result: r, Title: m.Title, Unit: m.Unit, Better: m.Better, England: m.England}
		if t, ok := targets[m.ID]; ok {
			line.Target = &targetLine{Value: t.Value, Tolerance: t.Tolerance, From: t.From, RAG: t.RAG(m, r)}
		}
		report.Measures = append(report.Measures, line)
	}
	if *format == "json" {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	report.text(c.stdout)
	return nil
}

// measuresReport is what hearth measures prints: in JSON as it stands, as text by text.
type measuresReport struct {
	AsAt       hearth.Date             `json:"as_at"`
	Period     measure.Period          `json:"period"`
	Population measure.ChildPopulation `json:"child_population"`
	Measures   []measureLine           `json:"measures"`
	Timings    timings                 `json:"timings"`
}

type timings struct {
	LoadMS    float64 `json:"load_ms"`
	ComputeMS float64 `json:"compute_ms"`
}

// measureLine is one measure's result with what a reader needs beside it.
type measureLine struct {
	measure.Result
	Title   string           `json:"title"`
	Unit    measure.Unit     `json:"unit"`
	Better  measure.Better   `json:"better"`
	Target  *targetLine      `json:"target"`
	England *measure.England `json:"england"`
}

type targetLine struct {
	Value     float64     `json:"value"`
	Tolerance float64     `json:"tolerance"`
	From      hearth.Date `json:"from"`
	RAG       measure.RAG `json:"rag"`
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// text writes the report for a person: one block per measure.
func (r measuresReport) text(w io.Writer) {
	fmt.Fprintf(w, "Measures as at %s (flow measures count %s to %s)\n", r.AsAt.UK(), r.Period.From.UK(), r.Period.To.UK())
	if r.Population.Count > 0 {
		fmt.Fprintf(w, "Child population aged 0 to 17: %s (%s, %d)\n", thousands(r.Population.Count), r.Population.Source, r.Population.Year)
	} else {
		fmt.Fprintln(w, "No child population is set, so rates per 10,000 children cannot be worked out.")
	}
	for _, m := range r.Measures {
		fmt.Fprintf(w, "\n%s  %s\n", m.MeasureID, m.Title)
		fmt.Fprintf(w, "  %s\n", figure(m.Result, m.Unit))
		if m.Spread != nil && m.Spread.Count > 0 {
			fmt.Fprintf(w, "  working days taken: median %d, 90th percentile %d (%s completed)\n", m.Spread.Median, m.Spread.P90, thousands(m.Spread.Count))
		}
		for _, b := range m.Breakdown {
			fmt.Fprintf(w, "    %-16s %s\n", b.Key, figure(b, m.Unit))
		}
		if m.Target != nil {
			fmt.Fprintf(w, "  target %s%s from %s", number(m.Target.Value), m.Unit.Suffix(), m.Target.From.UK())
			if m.Target.RAG != measure.NoRAG {
				fmt.Fprintf(w, ": %s", m.Target.RAG)
			}
			fmt.Fprintln(w)
		} else {
			fmt.Fprintln(w, "  no target set")
		}
		if m.England != nil {
			fmt.Fprintf(w, "  England %s%s (%d; %s)\n", number(m.England.Value), m.Unit.Suffix(), m.England.Year, m.England.Source)
		} else {
			fmt.Fprintln(w, "  no England figure published")
		}
		if m.Uncounted > 0 {
			fmt.Fprintf(w, "  %d items left out: their due date falls outside the years whose bank holidays are known\n", m.Uncounted)
		}
	}
	fmt.Fprintf(w, "\nRead the record in %.0f ms and computed %d measures in %.1f ms.\n", r.Timings.LoadMS, len(r.Measures), r.Timings.ComputeMS)
}

// figure writes a result as "numerator of denominator: value".
func figure(r measure.Result, u measure.Unit) string {
	if !r.Defined {
		if u == measure.PerTenThousand {
			return fmt.Sprintf("%s: no value (no child population set)", thousands(r.Numerator))
		}
		return fmt.Sprintf("%s of %s: no value", thousands(r.Numerator), thousands(r.Denominator))
	}
	if u == measure.PerTenThousand {
		return fmt.Sprintf("%s per %s children: %s%s", thousands(r.Numerator), thousands(r.Denominator), number(r.Value), u.Suffix())
	}
	return fmt.Sprintf("%s of %s: %s%s", thousands(r.Numerator), thousands(r.Denominator), number(r.Value), u.Suffix())
}

// number writes a value to one decimal place, as the DfE publishes them.
func number(v float64) string { return fmt.Sprintf("%.1f", v) }

// thousands writes n with commas between thousands.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
