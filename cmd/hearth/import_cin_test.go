package main

import (
	"path/filepath"
	"strings"
	"testing"

	"hearth"
	"hearth/returns/cin"
)

// TestImportCINThroughTheCommand imports a hand-built census into an empty database through the
// binary: the first import makes the children, the second writes nothing, and a census with an episode
// the record refuses lists it as CSV and exits 1.
func TestImportCINThroughTheCommand(t *testing.T) {
	census := func(source string) *cin.Census {
		c := &cin.Census{Header: cin.Header{Collection: "CIN", Year: "2026", ReferenceDate: hearth.NewDate(2026, 3, 31), LEA: "935"},
			Children: []cin.Child{{LAchildID: "CLI1", UPNunknown: "UN5", PersonBirthDate: hearth.NewDate(2016, 3, 2), GenderCurrent: "2",
				Ethnicity: "WBRI", Disabilities: []cin.Disability{{Code: "NONE"}},
				Episodes: []cin.Episode{{CINreferralDate: hearth.NewDate(2025, 7, 1), ReferralSource: source, PrimaryNeedCode: "N1", ReferralNFA: "false"}}}}}
		c.Renumber()
		return c
	}
	db := filepath.Join(t.TempDir(), "empty.db")
	runHearth(t, "", "migrate", "--db", db).mustSucceed(t, "hearth migrate")

	bad := writeCINFile(t, census(""))
	r := runHearth(t, "", "import", "cin", "--db", db, bad)
	if r.code != 1 || !strings.HasPrefix(r.stdout, "file,table,row,line,child,reason\n") || !strings.Contains(r.stdout, ",CINdetails,0,") ||
		!strings.Contains(r.stdout, ",CLI1,") {
		t.Fatalf("import of a census with a refused episode: exit %d, want 1\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}

	good := writeCINFile(t, census("1A"))
	r = runHearth(t, "", "import", "cin", "--db", db, "--dry-run", good)
	r.mustSucceed(t, "hearth import cin --dry-run")
	if !strings.Contains(r.stderr, "(0 new to the record); would write 1 rows") {
		t.Errorf("dry run said %s; want the episode only (the child was made by the first import)", r.stderr)
	}
	r = runHearth(t, "", "import", "cin", "--db", db, good)
	r.mustSucceed(t, "hearth import cin")
	if !strings.Contains(r.stderr, "CIN census 2025/26: 1 children (0 new to the record); wrote 1 rows") {
		t.Errorf("import said %s", r.stderr)
	}
	r = runHearth(t, "", "import", "cin", "--db", db, good)
	r.mustSucceed(t, "hearth import cin, again")
	if !strings.Contains(r.stderr, "wrote 0 rows; 0 rows not imported") {
		t.Errorf("a second import wrote something: %s", r.stderr)
	}
	if r := runHearth(t, "", "import", "cin", good); r.code != 2 {
		t.Errorf("import without --db: exit %d, want 2", r.code)
	}
}

// TestImportCINOfTheSyntheticAuthority imports the small synthetic authority's census into an empty
// database: the rows the import does not take yet (enquiries, protection plans, authorised assessments)
// are listed with exit status 1, and a second import writes nothing.
func TestImportCINOfTheSyntheticAuthority(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a synthetic authority")
	}
	dir := t.TempDir()
	db, empty := filepath.Join(dir, "h.db"), filepath.Join(dir, "empty.db")
	runHearth(t, "", "generate", "--db", db, "--size", "small", "--seed", "1", "--reference-date", "2026-03-31").mustSucceed(t, "hearth generate")
	out := filepath.Join(dir, "cin2026.xml")
	runHearth(t, "", "export", "cin", "--db", db, "--year", "2026", "--lea", "935", "--out", out).mustSucceed(t, "hearth export cin")
	runHearth(t, "", "migrate", "--db", empty).mustSucceed(t, "hearth migrate")
	r := runHearth(t, "", "import", "cin", "--db", empty, out)
	if r.code != 1 || !strings.HasPrefix(r.stdout, "file,table,row,line,child,reason\n") || !strings.Contains(r.stderr, "CIN census 2025/26: ") {
		t.Fatalf("first import: exit %d, want 1\nstdout %.500s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	r = runHearth(t, "", "import", "cin", "--db", empty, out)
	if !strings.Contains(r.stderr, "(0 new to the record); wrote 0 rows") {
		t.Errorf("a second import wrote something: %s", r.stderr)
	}
}
