package ssda903

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// benchChild is one child's rows in every table, with {C} for the child's id: a child who came into care,
// moved placement, was reviewed, went missing and had social workers, and a care leaver's outcomes. The
// benchmarks repeat it with a new id per child, so the rows are realistic in shape if not in variety.
var benchChild = map[Table]string{
	Header:       "{C},M,01/01/2010,WBRI,A{C},,",
	Episodes:     "{C},01/04/2024,S,C2,N1,U1,PR1,01/09/2025,P1,CARPL,AB1 1AB,AB2 2AB,SC0001\n{C},01/09/2025,P,C2,N1,U3,PR1,,,,AB1 1AB,AB3 3AB,SC0002",
	Reviews:      "{C},01/01/2010,10/05/2025,PN1\n{C},10/11/2025,01/01/2010,PN1",
	OC2:          "{C},01/01/2010,12,,0,1,1,1,1,0,,",
	Missing:      "{C},01/01/2010,M,02/05/2025,03/05/2025",
	SocialWorker: "{C},01/01/2010,SW{C},01/04/2024,,",
}

// benchReturnCSV writes the CSV tables of a return of n children.
func benchReturnCSV(n int) map[Table][]byte {
	out := map[Table][]byte{}
	for t, rows := range benchChild {
		var b bytes.Buffer
		b.WriteString(strings.Join(t.Columns(), ",") + "\n")
		for c := range n {
			b.WriteString(strings.ReplaceAll(rows, "{C}", fmt.Sprint(100000+c)) + "\n")
		}
		out[t] = b.Bytes()
	}
	return out
}

// BenchmarkReadAndValidate reads and validates a return of 10,000 children (80,000 rows) and reports
// rows a second; the target is at least 1,000,000.
func BenchmarkReadAndValidate(b *testing.B) {
	files := benchReturnCSV(10000)
	rows, size := 0, 0
	for _, f := range files {
		rows += bytes.Count(f, []byte("\n")) - 1
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		r := &Return{}
		for t, f := range files {
			if err := r.ReadCSV(t.File(), bytes.NewReader(f)); err != nil {
				b.Fatal(err)
			}
		}
		Validate(r, Options{Year: 2026})
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
