package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAndImportReturns runs the returns' commands on the small synthetic authority: the SSDA903
// as CSV tables and as XML, which hearth validate reads; the same return imported into an empty
// database, twice (the second writing nothing); and Annex A as a workbook.
func TestExportAndImportReturns(t *testing.T) {
	if testing.Short() {
		t.Skip("generating the small synthetic authority takes seconds; not with -short")
	}
	db, _ := generateSQLite(t, "--reference-date", "2026-03-31")
	dir := t.TempDir()
	csvDir, xmlDir := filepath.Join(dir, "csv"), filepath.Join(dir, "xml")

	r := runHearth(t, "", "export", "ssda903", "--db", db, "--year", "2026", "--out", csvDir)
	r.mustSucceed(t, "hearth export ssda903")
	for _, f := range []string{"header.csv", "episodes.csv", "reviews.csv", "oc2.csv", "oc3.csv", "sw_episodes.csv"} {
		if _, err := os.Stat(filepath.Join(csvDir, f)); err != nil {
			t.Errorf("export wrote no %s: %v", f, err)
		}
	}
	if !strings.Contains(r.stdout, "SSDA903 2025/26 as at 31/03/2026") {
		t.Errorf("export said %q", r.stdout)
	}
	r = runHearth(t, "", "export", "ssda903", "--db", db, "--year", "2026", "--out", xmlDir, "--xml")
	r.mustSucceed(t, "hearth export ssda903 --xml")
	if !strings.Contains(r.stderr, "no SWEpisodes table") {
		t.Errorf("export --xml did not say the social worker table is left out: %q", r.stderr)
	}
	// Validation reads the XML; it may find the generator's known defects (exit 1) but must read it.
	if r = runHearth(t, "", "validate", "ssda903", "--year", "2026", filepath.Join(xmlDir, "ssda903.xml")); r.code == 2 {
		t.Errorf("hearth validate could not read the exported XML: %s", r.stderr)
	}

	empty := filepath.Join(dir, "empty.db")
	runHearth(t, "", "migrate", "--db", empty).mustSucceed(t, "hearth migrate")
	r = runHearth(t, "", "import", "ssda903", "--db", empty, csvDir)
	if r.code != 0 && r.code != 1 || !strings.HasPrefix(r.stdout, "file,table,row,line,child,reason\n") || !strings.Contains(r.stderr, "new to the record") {
		t.Fatalf("hearth import: exit %d\nstdout %.500s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	r = runHearth(t, "", "import", "ssda903", "--db", empty, csvDir)
	if !strings.Contains(r.stderr, "(0 new to the record); wrote 0 rows") {
		t.Errorf("a second import wrote something: %s", r.stderr)
	}

	xlsx := filepath.Join(dir, "annex-a.xlsx")
	r = runHearth(t, "", "export", "annex-a", "--db", db, "--as-at", "2026-03-31", "--out", xlsx)
	r.mustSucceed(t, "hearth export annex-a")
	if info, err := os.Stat(xlsx); err != nil || info.Size() == 0 || !strings.Contains(r.stdout, "List 8: ") {
		t.Errorf("annex A: %v, %q", err, r.stdout)
	}

	for _, bad := range [][]string{
		{"export", "ssda903", "--db", db, "--out", dir},
		{"export", "ssda903", "--db", db, "--year", "2026", "--as-at", "2026-01-01", "--out", dir},
		{"export", "annex-a", "--db", db, "--as-at", "2026-03-31", "--out", filepath.Join(dir, "a.csv")},
		{"export", "cin-census", "--db", db},
	} {
		if r := runHearth(t, "", bad...); r.code != 2 {
			t.Errorf("hearth %s: exit %d, want 2\n%s", strings.Join(bad, " "), r.code, r.stderr)
		}
	}
}
