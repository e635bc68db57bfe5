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
