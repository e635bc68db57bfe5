package store

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// referenceDir is ../shared/reference beside the repository, where the DfE and Ofsted definitions live.
var referenceDir = filepath.Join("..", "..", "shared", "reference")

// dfeItems returns every item of the SSDA903 tables, the CIN census and Ofsted Annex A lists 1 to 11, in the
// form the dfe struct tags name them: "SSDA903 Episodes.DECOM", "CIN CINreferralDate",
// "Annex A List 4 Child Seen During Continuous Assessment".
func dfeItems(t *testing.T) []string {
	t.Helper()
	var items []string
	readTSV(t, "ssda903-columns.tsv", func(f []string) { items = append(items, "SSDA903 "+f[0]+"."+f[1]) })
	seen := map[string]bool{}
	readTSV(t, "cin-census-elements.tsv", func(f []string) {
		el := f[1]
		// Container elements hold other elements and carry no data of their own.
		if strings.HasSuffix(f[2], "type") && !strings.HasPrefix(f[2], "xs:") && f[5] == "" && f[6] == "" {
			return
		}
		if f[2] == "" && f[5] == "" && f[3] != "" && el != "Collection" && el != "SourceLevel" && el != "LEA" && el != "SerialNo" {
			return // a wrapper such as Disabilities or Reviews
		}
		if !seen[el] {
			seen[el] = true
			items = append(items, "CIN "+el)
		}
	})
	wb, err := excelize.OpenFile(filepath.Join(referenceDir, "annex-a-template.xlsx"))
	if err != nil {
		t.Fatalf("reading the Annex A template: %v", err)
	}
	defer wb.Close()
	for i, sheet := range wb.GetSheetList() {
		rows, err := wb.GetRows(sheet)
		if err != nil || len(rows) == 0 {
			continue
		}
		for _, h := range rows[0] {
			h = strings.Join(strings.Fields(strings.ReplaceAll(h, "\u00a0", " ")), " ")
			if h != "" {
				items = append(items, "Annex A List "+strconv.Itoa(i+1)+" "+h)
			}
		}
	}
	return items
}

func readTSV(t *testing.T, name string, fn func([]string)) {
	t.Helper()
	f, err := os.Open(filepath.Join(referenceDir, name))
	if err != nil {
		t.Fatalf("the DfE reference files are read from ../shared/reference beside the repository: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) >= 3 && fields[1] != "" {
			for len(fields) < 7 {
				fields = append(fields, "")
			}
			fn(fields)
		}
	}
}

// TestEveryDfEItemIsDerivable checks that every item of the SSDA903, the CIN census and Annex A lists 1 to 11
// is named by a column's dfe tag or by an entry of derivedItems saying how it is worked out.
func TestEveryDfEItemIsDerivable(t *testing.T) {
	var tags strings.Builder
	for _, info := range schema().list {
		for _, c := range info.cols {
			tags.WriteString(c.DfE + "\n")
		}
	}
	all := tags.String()
	missing := 0
	for _, item := range dfeItems(t) {
		if strings.Contains(all, item) || derivedFrom(item) != "" {
			continue
		}
		missing++
		t.Errorf("%s: no column names it in a dfe tag and derivedItems does not say how it is derived", item)
	}
	if missing > 0 {
		t.Logf("%d items missing", missing)
	}
}
