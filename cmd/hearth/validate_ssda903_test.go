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

// cleanReturn is a return of one child that no rule Hearth runs finds anything in: a girl of 14 who came
// into care on 10 March 2026 in foster care, with her social worker and no previous permanence option.
// sex is her Header SEX.
func cleanReturn(sex string) map[string]string {
	return map[string]string{
		"header.csv": headerCols + "1," + sex + ",01/01/2012,WBRI,T801201000011,0,\n",
		"episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
			"1,10/03/2026,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,XXXXXXX\n",
		"sw_episodes.csv":         "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1,01/01/2012,SW123456,10/03/2026,,OTHERS\n",
		"previous_permanence.csv": "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n1,01/01/2012,Z1,,\n",
	}
}

func TestValidateSSDA903ReportsFindingsInEachFormat(t *testing.T) {
	t.Parallel()
	dir := writeReturn(t, cleanReturn("X"))
	r := runHearth(t, "", "validate", "ssda903", "--year", "2026", dir)
	if r.code != 1 || !strings.Contains(r.stdout, "Rule 101 (1): Gender code is not valid.") || !strings.Contains(r.stdout, "Header row 0, child 1: SEX") {
		t.Errorf("text: exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}

	r = runHearth(t, "", "validate", "ssda903", "--format", "csv", dir, "--year", "2026")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || r.code != 1 {
		t.Fatalf("csv: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	want := [][]string{
		{"rule", "table", "row", "child", "fields", "message"},
		{"101", "Header", "0", "1", "SEX", "Gender code is not valid."},
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
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil || len(findings) != 1 {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	if findings[0]["rule"] != "101" || findings[0]["row"] != float64(0) || findings[0]["child"] != "1" {
		t.Errorf("json finding %v", findings[0])
	}
}

func TestValidateSSDA903CleanReturnExits0(t *testing.T) {
	t.Parallel()
	dir := writeReturn(t, cleanReturn("F"))
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
