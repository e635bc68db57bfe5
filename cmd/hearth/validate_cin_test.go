package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearth/returns/cin"
	"hearth/returns/cin/cintest"
)

// cinTestdata is the path of a file in the CIN package's test data, absolute because hearth runs in a
// temporary directory.
func cinTestdata(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "returns", "cin", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// writeCINFile writes a return to a temporary file and returns its path.
func writeCINFile(t *testing.T, c *cin.Census) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cin.xml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := cin.Write(f, c); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestValidateCINCleanReturnExitsZero(t *testing.T) {
	path := writeCINFile(t, cintest.Census(2026, 2000, 1))
	r := runHearth(t, "", "validate", "cin", path)
	r.mustSucceed(t, "hearth validate cin on a clean return")
	if !strings.Contains(r.stdout, "CIN census 2025/26") || !strings.Contains(r.stdout, "109 rules apply; 0 findings") ||
		!strings.Contains(r.stdout, "0 errors and 0 queries, of 2000 children") {
		t.Errorf("report:\n%s", r.stdout)
	}
}

func TestValidateCINReportsErrorsWithExitOne(t *testing.T) {
	path := cinTestdata(t, "small.xml")
	t.Run("text", func(t *testing.T) {
		r := runHearth(t, "", "validate", "cin", path)
		if r.code != 1 {
			t.Fatalf("exit %d, want 1\n%s\n%s", r.code, r.stdout, r.stderr)
		}
		for _, want := range []string{
			"109 rules apply; 3 findings of 3 rules about 2 children; 0 rules not run.",
			"Rule 8540 (1): Child’s disability is missing or invalid",
			"ChildIdentifiers row 1 (line 67), child X2: Disability",
			"Rule 8842Q (1)", "Reviews row 2 (line 62), child X1: CPPreviewDate",
			"1 error and 2 queries, of 2 children",
		} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("the report does not say %q:\n%s", want, r.stdout)
			}
		}
		if !strings.Contains(r.stderr, "the return has 1 error (and 2 queries)") {
			t.Errorf("stderr = %q", r.stderr)
		}
	})
	t.Run("csv, with the flag after the file", func(t *testing.T) {
		r := runHearth(t, "", "validate", "cin", path, "--format", "csv")
		if r.code != 1 {
			t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{
			{"rule", "table", "row", "child", "fields", "message"},
			{"2887Q", "", "-1", "", "Disability", "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return"},
			{"8540", "ChildIdentifiers", "1", "X2", "Disability", "Child’s disability is missing or invalid (see Disability table)"},
			{"8842Q", "Reviews", "2", "X1", "CPPreviewDate", "Please check and either amend or provide a reason: Review Record has a missing date"},
		}
		if len(rows) != len(want) {
			t.Fatalf("csv = %q", rows)
		}
		for i := range want {
			if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
				t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
			}
		}
	})
	t.Run("json", func(t *testing.T) {
		r := runHearth(t, "", "validate", "cin", "--format", "json", "--year", "2026", path)
		if r.code != 1 {
			t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
		}
		var got []map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
			t.Fatalf("%v\n%s", err, r.stdout)
		}
		if len(got) != 3 || got[1]["rule"] != "8540" || got[1]["table"] != "ChildIdentifiers" || got[1]["row"] != 1.0 ||
			got[1]["child"] != "X2" || got[1]["message"] == "" {
			t.Errorf("json = %v", got)
		}
		for _, key := range []string{"rule", "table", "row", "child", "fields", "message"} {
			if _, ok := got[0][key]; !ok {
				t.Errorf("a finding has no %q: %v", key, got[0])
			}
		}
	})
}

func TestValidateCINUnreadableFileExitsTwo(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.xml")
	if err := os.WriteFile(bad, []byte("<Message>\n<Children>\n<Child></Children>\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, args := range map[string][]string{
		"malformed":        {"validate", "cin", bad},
		"missing":          {"validate", "cin", filepath.Join(t.TempDir(), "none.xml")},
		"no file":          {"validate", "cin"},
		"two files":        {"validate", "cin", bad, bad},
		"rules and a file": {"validate", "cin", "--year", "2026", "--rules", bad},
		"bad year":         {"validate", "cin", "--year", "2019", bad},
		"bad format":       {"validate", "cin", "--format", "xml", bad},
	} {
		t.Run(name, func(t *testing.T) {
			r := runHearth(t, "", args...)
			if r.code != 2 {
				t.Fatalf("exit %d, want 2\n%s\n%s", r.code, r.stdout, r.stderr)
			}
		})
	}
	r := runHearth(t, "", "validate", "cin", bad)
	if !strings.Contains(r.stderr, "bad.xml, line 3: </Children> closes <Child>") {
		t.Errorf("stderr does not say the file, line and problem: %q", r.stderr)
	}
}

// TestValidateCINRulesListsEveryCodeOfTheYear checks --rules against the DfE's list of rules.
func TestValidateCINRulesListsEveryCodeOfTheYear(t *testing.T) {
	f, err := os.Open(cinTestdata(t, "cin-census-rules.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Scan()
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) > 4 && strings.HasSuffix(cols[4], "2025_26") {
			want[cols[0]] = true
		}
	}
	for _, year := range []string{"2025", "2026"} {
		r := runHearth(t, "", "validate", "cin", "--year", year, "--rules")
		r.mustSucceed(t, "hearth validate cin --rules")
		got := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			got[strings.Fields(line)[0]] = true
		}
		for code := range want {
			if !got[code] {
				t.Errorf("%s: --rules does not list %s", year, code)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: --rules lists %d codes, the DfE's list has %d", year, len(got), len(want))
		}
	}
	if r := runHearth(t, "", "validate", "cin", "--rules"); r.code != 2 {
		t.Errorf("--rules without --year: exit %d, want 2", r.code)
	}
}
