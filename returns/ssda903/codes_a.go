package ssda903

import (
	"sync"
	"weak"

	"hearth"
)

// Code lists and small helpers of the rules in rules_a_*.go (codes 104 to 234). A list that only one
// rule checks against is written in that rule; the lists here are shared by several.

// notADate says whether a value is present but not a valid dd/mm/yyyy date: a blank date is for the
// rules about missing values, so the format rules let it pass.
func notADate(s string, d hearth.Date) bool { return s != "" && d.IsZero() }

// notBinary says whether a value is present but neither 0 nor 1, the form of the DfE's yes/no items.
func notBinary(s string) bool { return s != "" && s != "0" && s != "1" }

// placeCodes returns the placement types (PLACE) of the collection year. The list changed for 2024/25
// (the first year Hearth validates; the DfE's validator writes its K3 as k3, a slip Hearth does not copy)
// and for 2025/26, which withdrew H5, P2 and Z1 and split Z1 into Z11 to Z14.
func placeCodes(year int) codeSet {
	if year <= 2025 {
		return placeCodes2025
	}
	return placeCodes2026
}

var (
	placeCodes2025 = newCodeSet("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
		"T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1")
	placeCodes2026 = newCodeSet("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
		"T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14")
)

// The Episodes code lists that do not change between the years Hearth validates.
var (
	rneCodes = newCodeSet("S", "P", "L", "T", "U", "B")
	lsCodes  = newCodeSet("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3")
	cinCodes = newCodeSet("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")
	recCodes = newCodeSet("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7",
		"E8", "E9", "E14", "E15", "E16", "E17", "X1")
)

// birthday returns the date a child born on dob turns the age given; the zero Date when dob is. Someone
// born on 29 February has the birthday on 28 February in common years, as the DfE's validator counts it.
func birthday(dob hearth.Date, age int) hearth.Date { return dob.AddMonths(12 * age) }

// continuouslyLookedAfter says whether a child was looked after continuously for the 12 months to 31
// March (the OC2 cohort); see inCohort.
func continuouslyLookedAfter(c *Check, child string) bool {
	return inCohort(c.R, c.R.EpisodesOf(child), c.Start(), c.End())
}

// inCohort says, from a child's episodes, whether they were looked after continuously for the 12 months
// to 31 March, as the DfE defines it: in care at some time in the year (start to end), and with no episode
// that shows them starting care in the year (RNE S), leaving care before 31 March (a DEC in the year with
// a REC other than X1), or being on a short-break legal status (V3, V4) in the year.
func inCohort(r *Return, eps []int, start, end hearth.Date) bool {
	inCare := false
	for _, i := range eps {
		e := &r.Episodes[i]
		during := !e.DECOMDate.IsZero() && !e.DECOMDate.After(end) && (e.DECDate.IsZero() || !e.DECDate.Before(start))
		enters := e.RNE == "S" && e.DECOMDate.After(start) && !e.DECOMDate.After(end)
		leaves := e.REC != "X1" && !e.DECDate.IsZero() && !e.DECDate.Before(start) && e.DECDate.Before(end)
		if enters || leaves || (during && (e.LS == "V3" || e.LS == "V4")) {
			return false
		}
		inCare = inCare || during
	}
	return inCare
}

// returnCache holds something worked out from the return being validated (and last year's), for the
// rules that all need it, so that it is worked out once per validation rather than once per rule. It
// holds the returns weakly, so that it keeps none alive, and works the value out again for another
// return, another year, or the same return once rows have been added to it.
type returnCache[T any] struct {
	mu   sync.Mutex
	last *cachedValue[T]
}

type cachedValue[T any] struct {
	r, prev weak.Pointer[Return]
	year    int
	rows    [2 * numTables]int
	once    sync.Once
	v       T
}

// get returns the value for the check's returns and year, working it out with build the first time.
func (rc *returnCache[T]) get(c *Check, build func() T) T {
	var rows [2 * numTables]int
	for _, t := range Tables {
		rows[t] = c.R.Len(t)
		if c.Previous != nil {
			rows[numTables+t] = c.Previous.Len(t)
		}
	}
	rc.mu.Lock()
	v := rc.last
	if v == nil || v.r.Value() != c.R || v.prev.Value() != c.Previous || v.year != c.Year || v.rows != rows {
		v = &cachedValue[T]{r: weak.Make(c.R), prev: weak.Make(c.Previous), year: c.Year, rows: rows}
		rc.last = v
	}
	rc.mu.Unlock()
	v.once.Do(func() { v.v = build() })
	return v.v
}

// providerCodes are the placement providers (PLACE_PROVIDER).
var providerCodes = newCodeSet("PR0", "PR1", "PR2", "PR3", "PR4", "PR5")

// placesWithoutProvider returns the placement types that rule 178 takes to have no provider in the
// collection year.
func placesWithoutProvider(year int) codeSet {
	if year <= 2025 {
		return noProvider2025
	}
	return noProvider2026
}

var (
	noProvider2025 = newCodeSet("T0", "T1", "T2", "T3", "T4", "Z1")
	noProvider2026 = newCodeSet("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14")
)

// codeSet is a code list that says quickly whether a value is one of its codes: the rules check every
// episode's codes, and comparing one word is faster than comparing strings. Each code (at most 7 bytes)
// is packed into a uint64 with its length in the top byte.
type codeSet []uint64

// newCodeSet makes the set of the codes given.
func newCodeSet(codes ...string) codeSet {
	s := make(codeSet, len(codes))
	for i, c := range codes {
		k, ok := packCode(c)
		if !ok {
			panic("ssda903: code " + c + " is longer than a codeSet holds")
		}
		s[i] = k
	}
	return s
}

// has says whether v is one of the codes.
func (s codeSet) has(v string) bool {
	k, ok := packCode(v)
	if !ok {
		return false
	}
	for _, x := range s {
		if x == k {
			return true
		}
	}
	return false
}

// packCode packs a value of up to 7 bytes into a uint64, or says it is too long to be a code.
func packCode(v string) (uint64, bool) {
	if len(v) > 7 {
		return 0, false
	}
	k := uint64(len(v)) << 56
	for i := 0; i < len(v); i++ {
		k |= uint64(v[i]) << (8 * i)
	}
	return k, true
}

// notRunHere is the check of a rule that needs data Hearth does not have (its Needs says which: the
// locations of postcodes, or Ofsted's provider lists). Validate reports such a rule as not run, with the
// reason, and never calls its check; registering it says why it does not run, where leaving it out would
// say only that it is not implemented.
func notRunHere(*Check) {}
