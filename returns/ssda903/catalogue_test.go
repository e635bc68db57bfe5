package ssda903

import (
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestCatalogueMatchesReference checks the catalogue against the reference files it was written from:
// every rule code with its tables, fields, years, summary and 2024/25 message.
func TestCatalogueMatchesReference(t *testing.T) {
	tsv, err := os.ReadFile("../../../shared/reference/ssda903-rules.tsv")
	if err != nil {
		t.Skip("the reference folder ../shared/reference is not beside the repository:", err)
	}
	f, err := os.Open("../../../shared/reference/ssda903-rule-messages-2024-25.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	messages := map[string]string{}
	for _, r := range records[1:] {
		messages[r[0]] = r[1]
	}
	lines := strings.Split(strings.TrimSpace(string(tsv)), "\n")[1:]
	if len(lines) != len(catalogue) {
		t.Fatalf("the reference has %d rules, the catalogue %d", len(lines), len(catalogue))
	}
	for i, line := range lines {
		v := strings.Split(line, "\t")
		code, tables, fields, years, implemented, summary := v[0], v[1], v[2], v[3], v[5], v[6]
		var from, to int
		if years != "" {
			// "2022_23..2026_27": the collection years are named by their second year.
			from, _ = strconv.Atoi("20" + years[5:7])
			to, _ = strconv.Atoi("20" + years[len(years)-2:])
		} else {
			// A rule only in a deployed release: from the ruleset that has it to the newest year.
			from, _ = strconv.Atoi("20" + implemented[len(implemented)-2:])
			to = 2027
		}
		want := CatalogueEntry{code, tables, fields, from, to, summary, messages[code]}
		if catalogue[i] != want {
			t.Errorf("catalogue entry %d is %+v, want %+v", i, catalogue[i], want)
		}
	}
}

func TestCatalogueCountsByYear(t *testing.T) {
	// The counts of rules per collection year as the reference lists them: 288 rules from 2022/23 on, 13 from
	// 2023/24 and 4 from 2024/25 make 305; 2025/26 adds 6 and 3 of a deployed release only; 2026/27 adds 11.
	for year, want := range map[int]int{2025: 305, 2026: 314, 2027: 325} {
		if got := len(Catalogue(year)); got != want {
			t.Errorf("%d rules apply to %d, want %d", got, year, want)
		}
	}
}
