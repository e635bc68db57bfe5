package measure

import (
	"math"
	"time"

	"hearth"
)

// Target is what good looks like for a measure, set by the organisation (usually by a senior leader
// with the performance team). Targets are kept as a history: setting a new one adds a row that applies
// from its date, and the earlier ones stay, so a past month's RAG can be shown against the target of
// the time.
type Target struct {
	ID        hearth.ID
	MeasureID string
	// Value is the target in the measure's unit: a floor for a measure where higher is better, a ceiling
	// where lower is better, and the expected level for a measure with no better direction.
	Value float64
	// Tolerance is how far on the wrong side of Value still counts as amber, in the measure's unit (for
	// a measure with no better direction: how far either side still counts as green). 0 means none.
	Tolerance float64
	// From is the first as-at date the target applies to.
	From      hearth.Date
	Note      string // why this target, e.g. "the statistical neighbours' average"
	SetBy     hearth.ID
	SetByName string
	SetAt     time.Time
}

// RAG is how a value compares with its target.
type RAG string

const (
	NoRAG RAG = ""      // no target, or no value
	Green RAG = "green" // meets the target
	Amber RAG = "amber" // within the tolerance of it
	Red   RAG = "red"   // beyond the tolerance
)

// RAG returns how the result compares with the target. A measure with no better direction is green
// within the tolerance of the expected level and amber beyond it, never red: a figure far from where it
// is expected calls for a look, not a judgement.
func (t Target) RAG(m *Measure, r Result) RAG {
	if !r.Defined || r.Suppressed || math.IsNaN(t.Value) {
		return NoRAG
	}
	v := r.Value
	switch m.Better {
	case Higher:
		switch {
		case v >= t.Value:
			return Green
		case v >= t.Value-t.Tolerance:
			return Amber
		}
		return Red
	case Lower:
		switch {
		case v <= t.Value:
			return Green
		case v <= t.Value+t.Tolerance:
			return Amber
		}
		return Red
	}
	if math.Abs(v-t.Value) <= t.Tolerance {
		return Green
	}
	return Amber
}

// Validate checks a target before it is stored.
func (t Target) Validate() error {
	m, ok := Lookup(t.MeasureID)
	switch {
	case !ok:
		return hearth.Errorf(hearth.EINVALID, "%q is not a measure of the catalogue", t.MeasureID)
	case math.IsNaN(t.Value) || math.IsInf(t.Value, 0) || t.Value < 0:
		return hearth.Errorf(hearth.EINVALID, "the target must be a number of zero or more")
	case m.Unit == Percent && t.Value > 100:
		return hearth.Errorf(hearth.EINVALID, "the target of %s is a percentage, so at most 100", m.Title)
	case math.IsNaN(t.Tolerance) || math.IsInf(t.Tolerance, 0) || t.Tolerance < 0:
		return hearth.Errorf(hearth.EINVALID, "the tolerance must be a number of zero or more")
	case t.From.IsZero():
		return hearth.Errorf(hearth.EINVALID, "say from which date the target applies")
	}
	return nil
}

// Commentary is what an analyst wrote about a measure for a month: what moved it, what is being done.
// Each change is a new version; earlier versions are never overwritten, so what the panel read in March
// can always be shown again.
type Commentary struct {
	ID        hearth.ID
	MeasureID string
	Month     hearth.Date // the first day of the month it is about
	Version   int         // 1 for the first text, one more for each change
	Text      string
	WrittenBy hearth.ID
	// WrittenByName is the author's name, as the store reads it back.
	WrittenByName string
	WrittenAt     time.Time
}

// MonthOf returns the first day of the month that holds d: the key commentary is kept under.
func MonthOf(d hearth.Date) hearth.Date { return hearth.NewDate(d.Year(), d.Month(), 1) }
