package ssda903

import (
	"slices"
	"sync"

	"hearth"
)

// Return is one SSDA903 return: every table's rows in the order they were read (a row's index is its
// 0-based data row in the input, which is what a finding reports). Present says which tables the input
// had at all, since a table that is absent is not the same as one with no rows.
type Return struct {
	Header         []HeaderRow
	Episodes       []EpisodeRow
	Reviews        []ReviewRow
	UASC           []UASCRow
	OC2            []OC2Row
	OC3            []OC3Row
	AD1            []AD1Row
	PlacedAdoption []PlacedAdoptionRow
	PrevPerm       []PrevPermRow
	Missing        []MissingRow
	SocialWorker   []SocialWorkerRow
	DoLo           []DoLoRow
	Present        [numTables]bool

	// Source names the file each table came from, for messages (empty for a return built in memory).
	Source [numTables]string
	// Lines holds, for each table read from a file, the line of the file each data row was on, so an
	// error can point at it.
	Lines [numTables][]int

	indexOnce sync.Once
	index     *childIndex
	rowsOnce  [numTables]sync.Once
	rowsOf    [numTables]map[string][]int
}

// Len is the number of rows in table t.
func (r *Return) Len(t Table) int {
	switch t {
	case Header:
		return len(r.Header)
	case Episodes:
		return len(r.Episodes)
	case Reviews:
		return len(r.Reviews)
	case UASC:
		return len(r.UASC)
	case OC2:
		return len(r.OC2)
	case OC3:
		return len(r.OC3)
	case AD1:
		return len(r.AD1)
	case PlacedAdoption:
		return len(r.PlacedAdoption)
	case PrevPerm:
		return len(r.PrevPerm)
	case Missing:
		return len(r.Missing)
	case SocialWorker:
		return len(r.SocialWorker)
	case DoLo:
		return len(r.DoLo)
	}
	return 0
}

// Rows is the number of data rows in every table together.
func (r *Return) Rows() int {
	n := 0
	for _, t := range Tables {
		n += r.Len(t)
	}
	return n
}

// Values returns row i of table t as strings in the DfE's column order.
func (r *Return) Values(t Table, i int) []string {
	switch t {
	case Header:
		return r.Header[i].values()
	case Episodes:
		return r.Episodes[i].values()
	case Reviews:
		return r.Reviews[i].values()
	case UASC:
		return r.UASC[i].values()
	case OC2:
		return r.OC2[i].values()
	case OC3:
		return r.OC3[i].values()
	case AD1:
		return r.AD1[i].values()
	case PlacedAdoption:
		return r.PlacedAdoption[i].values()
	case PrevPerm:
		return r.PrevPerm[i].values()
	case Missing:
		return r.Missing[i].values()
	case SocialWorker:
		return r.SocialWorker[i].values()
	case DoLo:
		return r.DoLo[i].values()
	}
	return nil
}

// Child returns the CHILD of row i of table t (every table's first column), without copying the row:
// every finding asks for it.
func (r *Return) Child(t Table, i int) string {
	if i < 0 || i >= r.Len(t) {
		return ""
	}
	switch t {
	case Header:
		return r.Header[i].CHILD
	case Episodes:
		return r.Episodes[i].CHILD
	case Reviews:
		return r.Reviews[i].CHILD
	case UASC:
		return r.UASC[i].CHILD
	case OC2:
		return r.OC2[i].CHILD
	case OC3:
		return r.OC3[i].CHILD
	case AD1:
		return r.AD1[i].CHILD
	case PlacedAdoption:
		return r.PlacedAdoption[i].CHILD
	case PrevPerm:
		return r.PrevPerm[i].CHILD
	case Missing:
		return r.Missing[i].CHILD
	case SocialWorker:
		return r.SocialWorker[i].CHILD
	case DoLo:
		return r.DoLo[i].CHILD
	}
	return ""
}

// Append adds a row to table t from values in the DfE's column order, and marks the table present. The
// values must have one entry per column.
func (r *Return) Append(t Table, v []string) {
	r.Present[t] = true
	switch t {
	case Header:
		r.Header = append(r.Header, newHeader(v))
	case Episodes:
		r.Episodes = append(r.Episodes, newEpisode(v))
	case Reviews:
		r.Reviews = append(r.Reviews, newReview(v))
	case UASC:
		r.UASC = append(r.UASC, newUASC(v))
	case OC2:
		r.OC2 = append(r.OC2, newOC2(v))
	case OC3:
		r.OC3 = append(r.OC3, newOC3(v))
	case AD1:
		r.AD1 = append(r.AD1, newAD1(v))
	case PlacedAdoption:
		r.PlacedAdoption = append(r.PlacedAdoption, newPlacedAdoption(v))
	case PrevPerm:
		r.PrevPerm = append(r.PrevPerm, newPrevPerm(v))
	case Missing:
		r.Missing = append(r.Missing, newMissing(v))
	case SocialWorker:
		r.SocialWorker = append(r.SocialWorker, newSocialWorker(v))
	case DoLo:
		r.DoLo = append(r.DoLo, newDoLo(v))
	}
}

// childIndex finds a child's rows without a scan: many rules compare a child's episodes with each other
// or with the child's rows in another table.
type childIndex struct {
	header   map[string]int   // CHILD to its first Header row
	episodes map[string][]int // CHILD to its Episodes rows, by DECOM (rows with no valid DECOM last, in input order)
}

// Index builds (once) and returns the index of the return's children. A rule must not change the return.
func (r *Return) ix() *childIndex {
	r.indexOnce.Do(func() {
		ix := &childIndex{header: make(map[string]int, len(r.Header)), episodes: make(map[string][]int, len(r.Header))}
		for i := range r.Header {
			if _, ok := ix.header[r.Header[i].CHILD]; !ok {
				ix.header[r.Header[i].CHILD] = i
			}
		}
		for i := range r.Episodes {
			c := r.Episodes[i].CHILD
			ix.episodes[c] = append(ix.episodes[c], i)
		}
		for _, rows := range ix.episodes {
			slices.SortStableFunc(rows, func(a, b int) int {
				da, db := r.Episodes[a].DECOMDate, r.Episodes[b].DECOMDate
				switch {
				case da == db:
					return 0
				case da.IsZero():
					return 1
				case db.IsZero():
					return -1
				case da.Before(db):
					return -1
				}
				return 1
			})
		}
		r.index = ix
	})
	return r.index
}

// HeaderOf returns the Header row of a child, or false when the child has none.
func (r *Return) HeaderOf(child string) (*HeaderRow, bool) {
	i, ok := r.ix().header[child]
	if !ok {
		return nil, false
	}
	return &r.Header[i], true
}

// EpisodesOf returns the Episodes rows of a child ordered by start date (DECOM), episodes with no valid
// start date last. The slice is shared: do not change it.
func (r *Return) EpisodesOf(child string) []int { return r.ix().episodes[child] }

// Start and End are the first and last days of collection year (named by the 31 March that ends it).
func Start(year int) hearth.Date { return hearth.NewDate(year-1, 4, 1) }

// End is the last day of the collection year: 31 March of year.
func End(year int) hearth.Date { return hearth.NewDate(year, 3, 31) }

// ChildRows returns the rows of table t about a child, in input order (for Episodes, EpisodesOf gives
// them by start date). The index of each table is built once, on first use; the slice is shared: do not
// change it.
func (r *Return) ChildRows(t Table, child string) []int {
	r.rowsOnce[t].Do(func() {
		m := make(map[string][]int)
		for i := 0; i < r.Len(t); i++ {
			c := r.Child(t, i)
			m[c] = append(m[c], i)
		}
		r.rowsOf[t] = m
	})
	return r.rowsOf[t][child]
}

// Children returns the children of the Header table in input order, without repeats.
func (r *Return) Children() []string {
	out := make([]string, 0, len(r.Header))
	seen := make(map[string]bool, len(r.Header))
	for i := range r.Header {
		if c := r.Header[i].CHILD; !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// grow makes room for n more rows of table t.
func (r *Return) grow(t Table, n int) {
	switch t {
	case Header:
		r.Header = slices.Grow(r.Header, n)
	case Episodes:
		r.Episodes = slices.Grow(r.Episodes, n)
	case Reviews:
		r.Reviews = slices.Grow(r.Reviews, n)
	case UASC:
		r.UASC = slices.Grow(r.UASC, n)
	case OC2:
		r.OC2 = slices.Grow(r.OC2, n)
	case OC3:
		r.OC3 = slices.Grow(r.OC3, n)
	case AD1:
		r.AD1 = slices.Grow(r.AD1, n)
	case PlacedAdoption:
		r.PlacedAdoption = slices.Grow(r.PlacedAdoption, n)
	case PrevPerm:
		r.PrevPerm = slices.Grow(r.PrevPerm, n)
	case Missing:
		r.Missing = slices.Grow(r.Missing, n)
	case SocialWorker:
		r.SocialWorker = slices.Grow(r.SocialWorker, n)
	case DoLo:
		r.DoLo = slices.Grow(r.DoLo, n)
	}
	r.Lines[t] = slices.Grow(r.Lines[t], n)
}
