package ssda903

import (
	"bytes"
	"fmt"
	"hearth"
	"strings"
	"testing"
)

// benchChild is one child's rows in every table, with {C} for the child's id: a child who came into care,
// moved placement, was reviewed, went missing and had social workers, and a care leaver's outcomes. The
// benchmarks repeat it with a new id per child, so the rows are realistic in shape if not in variety.
var benchChild = map[Table]string{
	Header:       "{C},M,01/01/2010,WBRI,{UPN},,",
	Episodes:     "{C},01/04/2024,S,C2,N1,U1,PR1,01/09/2025,X1,CARPL,AB1 1AB,AB2 2AB,XXXXXXX\n{C},01/09/2025,P,C2,N1,U3,PR1,,,,AB1 1AB,AB3 3AB,XXXXXXX",
	Reviews:      "{C},01/01/2010,10/05/2025,PN1\n{C},01/01/2010,10/11/2025,PN1",
	OC2:          "{C},01/01/2010,12,,0,,1,1,1,0,,",
	Missing:      "{C},01/01/2010,M,02/05/2025,03/05/2025",
	SocialWorker: "{C},01/01/2010,SW{C},01/04/2024,,OTHERS",
}

// benchReturnCSV writes the CSV tables of a return of n children.
func benchReturnCSV(n int) map[Table][]byte {
	out := map[Table][]byte{}
	for t, rows := range benchChild {
		var b bytes.Buffer
		b.WriteString(strings.Join(t.Columns(), ",") + "\n")
		for c := range n {
			id := fmt.Sprint(100000 + c)
			upn := fmt.Sprintf("A80120%07d", c)
			letter, _ := hearth.UPNCheckLetter(upn)
			b.WriteString(strings.NewReplacer("{C}", id, "{UPN}", string(letter)+upn[1:]).Replace(rows) + "\n")
		}
		out[t] = b.Bytes()
	}
	return out
}

// BenchmarkReadAndValidate reads and validates returns of 10,000 children (80,000 rows, a large
// authority's return is smaller) and 100,000 (800,000 rows, more than the whole of England's 83,000 looked
// after children), and reports rows a second and the peak of memory allocated against the input's size;
// the targets are at least 1,000,000 rows a second and memory under 10 times the input.
func BenchmarkReadAndValidate(b *testing.B) {
	for _, children := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("children=%d", children), func(b *testing.B) {
			files := benchReturnCSV(children)
			rows, size := 0, 0
			for _, f := range files {
				rows += bytes.Count(f, []byte("\n")) - 1
				size += len(f)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			first := true
			for b.Loop() {
				r := &Return{}
				for t, f := range files {
					if err := r.ReadCSV(t.File(), bytes.NewReader(f)); err != nil {
						b.Fatal(err)
					}
				}
				if rep := Validate(r, Options{Year: 2026}); first && len(rep.Findings) > 0 {
					b.Logf("the benchmark's return has %d findings, the first %+v", len(rep.Findings), rep.Findings[0])
				}
				first = false
			}
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(size), "input-bytes")
		})
	}
}
