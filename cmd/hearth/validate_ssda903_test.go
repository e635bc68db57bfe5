package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeReturn writes CSV tables into a new folder and returns it.
func writeReturn(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const headerCols = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"

func TestValidateSSDA903ReportsFindingsInEachFormat(t *testing.T) {
	t.Parallel()
	dir := writeReturn(t, map[string]string{
		"header.csv": headerCols + "1,M,01/01/2010,WBRI,UN3,,\n2,X,31/02/2010,WBRI,UN2,,\n",
	})
	r := runHearth(t, "", "validate", "ssda903", "--year", "2026", dir)
	if r.code != 1 || !strings.Contains(r.stdout, "Rule 101 (1): Gender code is not valid.") || !strings.Contains(r.stdout, "Header row 1, child 2: DOB") {
		t.Errorf("text: exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}

	r = runHearth(t, "", "validate", "ssda903", "--format", "csv", dir, "--year", "2026")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || r.code != 1 {
		t.Fatalf("csv: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	want := [][]string{
		{"rule", "table", "row", "child", "fields", "message"},
		{"101", "Header", "1", "2", "SEX", "Gender code is not valid."},
		{"102", "Header", "1", "2", "DOB", "Date of birth is not a valid date."},
	}
	if len(rows) != len(want) {
		t.Fatalf("csv rows %v, want %v", rows, want)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("csv row %d: %v, want %v", i, rows[i], want[i])
		}
	}
	if !strings.Contains(r.stderr, "rules were not run") {
		t.Errorf("csv: the rules not run are not on standard error:\n%s", r.stderr)
	}

	r = runHearth(t, "", "validate", "ssda903", "--format", "json", "--year", "2026", dir)
	var findings []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil || len(findings) != 2 {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	if findings[0]["rule"] != "101" || findings[0]["row"] != float64(1) || findings[0]["child"] != "2" {
		t.Errorf("json finding %v", findings[0])
	}
}

func TestValidateSSDA903CleanReturnExits0(t *testing.T) {
	t.Parallel()
	dir := writeReturn(t, map[string]string{"header.csv": headerCols + "1,F,01/01/2010,WBRI,UN3,,\n"})
	r := runHearth(t, "", "validate", "ssda903", "--year", "2026", dir)
	r.mustSucceed(t, "hearth validate ssda903 on a clean return")
	if !strings.Contains(r.stdout, "0 findings") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
}

func TestValidateSSDA903UnreadableInputExits2WithWhereAndWhat(t *testing.T) {
	t.Parallel()
	dir := writeReturn(t, map[string]string{"header.csv": headerCols + "1,F,01/01/2010\n"})
	r := runHearth(t, "", "validate", "ssda903", "--year", "2026", dir)
	if r.code != 2 || !strings.Contains(r.stderr, "header.csv, line 2: the row has 3 values but the header has 7 columns") {
		t.Errorf("exit %d\nstderr:\n%s", r.code, r.stderr)
	}
	r = runHearth(t, "", "validate", "ssda903", "--year", "2026", filepath.Join(dir, "absent"))
	if r.code != 2 || !strings.Contains(r.stderr, "cannot be opened") {
		t.Errorf("a missing folder: exit %d\nstderr:\n%s", r.code, r.stderr)
	}
	r = runHearth(t, "", "validate", "ssda903", "--year", "2019", dir)
	if r.code != 2 || !strings.Contains(r.stderr, "--year must be 2025, 2026 or 2027") {
		t.Errorf("a year without rules: exit %d\nstderr:\n%s", r.code, r.stderr)
	}
}

func TestValidateSSDA903ListsTheRulesOfTheYear(t *testing.T) {
	t.Parallel()
	for year, count := range map[string]int{"2025": 305, "2026": 314, "2027": 325} {
		r := runHearth(t, "", "validate", "ssda903", "--rules", "--year", year)
		r.mustSucceed(t, "hearth validate ssda903 --rules")
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if len(lines) != count || !strings.HasPrefix(lines[0], "101\truns\tHeader\t") {
			t.Errorf("%s: %d rules listed, want %d; first %q", year, len(lines), count, lines[0])
		}
	}
	r := runHearth(t, "", "validate", "ssda903", "--rules", "--year", "2027")
	if !strings.Contains(r.stdout, "700\t") {
		t.Errorf("2027 does not list the DoLo rule 700")
	}
}
