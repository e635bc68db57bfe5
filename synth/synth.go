// Package synth makes a synthetic local authority: teams, workers and six years of coherent child
// journeys (contacts, referrals, assessments, enquiries, conferences, plans, care, missing episodes and
// leaving care) at the rates, ages, codes and durations of the published national statistics. The same
// seed gives the same authority, row for row, on either engine: ids are assigned here, in generation order,
// and every random choice comes from a generator seeded by the run's seed and the child's number.
//
// Nothing here is real. Names are drawn from lists of common names, NHS numbers from the NHS's test range
// and UPNs from an LA code that no authority holds.
package synth

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"time"

	"hearth"
)

// Size is how big an authority to make.
type Size string

// The sizes of DESIGN.md, named by the child population they model.
const (
	Small    Size = "small"    // like Slough: about 42,000 children
	Medium   Size = "medium"   // about three times small
	Large    Size = "large"    // like Birmingham or Kent: about 280,000 children
	National Size = "national" // all of England: about 12 million children
)

// Sizes lists the sizes in increasing order.
var Sizes = []Size{Small, Medium, Large, National}

// ChildPopulation returns the number of children (aged 0 to 17) in an authority of the size.
func (s Size) ChildPopulation() (int, error) {
	switch s {
	case Small:
		return 42_000, nil
	case Medium:
		return 126_000, nil
	case Large:
		return 280_000, nil
	case National:
		return 12_000_000, nil
	}
	return 0, hearth.Errorf(hearth.EINVALID, "%q is not a size; the sizes are small, medium, large and national", string(s))
}

// Options say what to make.
type Options struct {
	Size Size
	Seed uint64
	// ReferenceDate is the last day of the history, by default the last 31 March before today.
	ReferenceDate hearth.Date
	// Years of history before the reference date; DESIGN.md asks for six.
	Years int
	// ErrorRate is the share of children (0 to 1) given one deliberate breach of a DfE validation rule;
	// 0 makes a record that breaks no rule.
	ErrorRate float64
}

// Summary says what Generate made.
type Summary struct {
	Size          Size
	Seed          uint64
	ReferenceDate hearth.Date
	From          hearth.Date
	Counts        map[string]int // rows per table
	Breaches      []Breach       // the injected rule breaches, when ErrorRate > 0
	Elapsed       time.Duration
}

// Breach is one deliberate breach of a DfE validation rule, injected by --errors so that validation can be
// shown to find it.
type Breach struct {
	Child  hearth.LAChildID // the child's LA child id
	Rule   string           // the rule code, e.g. "103" (SSDA903) or "8500" (CIN census)
	Return string           // SSDA903 or CIN
	Table  string           // the return table or module, e.g. Episodes, Header, Assessments
	Detail string           // what was made wrong
}

// LastThirtyFirstMarch returns the latest 31 March on or before d: the end of the last complete
// collection year.
func LastThirtyFirstMarch(d hearth.Date) hearth.Date {
	y := d.Year()
	m := hearth.NewDate(y, time.March, 31)
	if d.Before(m) {
		m = hearth.NewDate(y-1, time.March, 31)
	}
	return m
}

// Print writes the summary for a person: what was made and how long it took.
func (s *Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "Synthetic authority: size %s, seed %d, history %s to %s, made in %s\n",
		s.Size, s.Seed, s.From, s.ReferenceDate, s.Elapsed.Round(time.Millisecond))
	names := make([]string, 0, len(s.Counts))
	total := 0
	for n, c := range s.Counts {
		names = append(names, n)
		total += c
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-28s %10d\n", n, s.Counts[n])
	}
	fmt.Fprintf(w, "  %-28s %10d\n", "total rows", total)
	if len(s.Breaches) > 0 {
		fmt.Fprintf(w, "Injected %d rule breaches (see the manifest)\n", len(s.Breaches))
	}
}

// newRand returns the random source of one stream (a child's journey, the workforce) of a run: the
// same seed and stream always give the same choices, whatever else the run makes.
func newRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}
