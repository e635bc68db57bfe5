package measure

import (
	"hearth"
)

// Unit is what a measure's value counts, which also fixes how it is worked out from the numerator and
// denominator (see Scale).
type Unit string

const (
	// Percent is 100 × numerator ÷ denominator.
	Percent Unit = "percent"
	// PerTenThousand is 10,000 × numerator ÷ the organisation's child population (aged 0 to 17), the
	// DfE's way of comparing authorities of different sizes.
	PerTenThousand Unit = "per_10000_children"
)

// Scale returns the number the ratio numerator ÷ denominator is multiplied by to give the value.
func (u Unit) Scale() float64 {
	switch u {
	case PerTenThousand:
		return 10_000
	default:
		return 100
	}
}

// Suffix returns how a value in the unit is written after the number, for text output.
func (u Unit) Suffix() string {
	if u == PerTenThousand {
		return " per 10,000 children"
	}
	return "%"
}

// Better says which way a measure should move. Some measures have no better direction: a rate of
// referrals far below or far above similar authorities both need looking into.
type Better string

const (
	Higher  Better = "higher"
	Lower   Better = "lower"
	Neither Better = "neither"
)

// Kind says over what time a measure looks.
type Kind string

const (
	// Flow measures count events in the period (such as the 12 months to the date): referrals, assessments
	// completed, visits due.
	Flow Kind = "flow"
	// Stock measures count what stands on the period's last day: children on a plan at 31 March.
	Stock Kind = "stock"
)

// England is the latest national figure the DfE publishes for a measure defined the DfE's way, with
// where it comes from, so that a leader can see at once how the organisation compares.
type England struct {
	Value float64 // in the measure's unit
	// Year is the collection year it is for, named by the 31 March that ends it (2025 is 1 April 2024 to
	// 31 March 2025), as the DfE names it.
	Year int
	// Source names the publication and table, e.g. "DfE, Children in need, reporting year 2025, table C1".
	Source string
	// Note says anything a reader needs to compare like with like, such as a figure derived from the
	// published counts rather than printed as a percentage.
	Note string
}

// Measure is one measure of the catalogue, defined once. The definitions are the contract with leaders
// and inspectors: change one only with the reason written beside it.
type Measure struct {
	ID          string // stable, used in URLs, targets and commentary: e.g. "contacts-decided-1wd"
	Title       string // short, as a page heading
	Definition  string // what it means, in plain English, including what is left out
	Numerator   string // in words
	Denominator string // in words
	Better      Better
	Unit        Unit
	Kind        Kind
	// Breakdown names what each row of the result's breakdown is, when it has one (e.g. "agency").
	Breakdown string
	// Timescale names the duty whose due date decides "on time", for timeliness measures.
	Timescale string
	England   *England // nil where the DfE publishes no comparable figure

	compute func(d *Data, p Period, t *tally)
}

// Result is a measure computed for a period. Value is Scale × Numerator ÷ Denominator, exactly as
// float64 division gives it, so anyone can check it; it is 0 with Defined false when the denominator
// is 0.
type Result struct {
	MeasureID string `json:"id"`
	// Key and Label name a row of a breakdown (e.g. "police", "Police"); empty on the measure's own row.
	Key   string `json:"key,omitempty"`
	Label string `json:"label,omitempty"`
	// Period is the period the result covers; a stock measure reads its last day.
	Period      Period  `json:"period"`
	Numerator   int     `json:"numerator"`
	Denominator int     `json:"denominator"`
	Value       float64 `json:"value"`
	Defined     bool    `json:"defined"`
	// Spread is how long the completed items took, for timeliness measures (nil otherwise).
	Spread *Spread `json:"spread,omitempty"`
	// Uncounted is how many items were left out because their due date could not be worked out (a date
	// outside the years whose bank holidays are known). It should always be 0; a page shows it when not.
	Uncounted int `json:"uncounted,omitempty"`
	// NumeratorIDs and DenominatorIDs are the children behind the figures, one entry per item counted
	// (so a child counted twice appears twice), in the order the items were counted, and only when
	// Options.IDs asked for them. A rate per 10,000 children has no DenominatorIDs: its denominator is
	// the child population, not children in the record.
	NumeratorIDs   []hearth.ID `json:"numerator_ids,omitempty"`
	DenominatorIDs []hearth.ID `json:"denominator_ids,omitempty"`
	// Breakdown has one row per agency (or other key) for a measure with a breakdown, each a Result of
	// its own whose numerators and denominators add up to the measure's.
	Breakdown []Result `json:"breakdown,omitempty"`
	// Suppressed is set by ForPanel when the numbers were too small to show to panel members.
	Suppressed bool `json:"suppressed,omitempty"`
}

// Spread describes how many working days the completed items of a timeliness measure took, from the
// event that starts the clock to completion: Ofsted reads timeliness as the share on time and the spread
// of the rest. Percentiles are nearest-rank, so each is a duration some item actually took.
type Spread struct {
	Count  int `json:"count"`
	Median int `json:"median_working_days"`
	P90    int `json:"p90_working_days"`
}

// Options say what Compute collects beyond the figures.
type Options struct {
	// IDs asks for the person ids behind the numerator and denominator (for drill-down). They cost
	// memory, so a trend or a list of every measure leaves them out.
	IDs bool
}

// Catalogue returns every measure, in the order pages and the command line show them. The slice is the
// caller's to keep; the measures are shared.
func Catalogue() []*Measure {
	out := make([]*Measure, len(catalogue))
	copy(out, catalogue)
	return out
}

// Lookup returns the measure with the id, or false.
func Lookup(id string) (*Measure, bool) {
	for _, m := range catalogue {
		if m.ID == id {
			return m, true
		}
	}
	return nil, false
}
