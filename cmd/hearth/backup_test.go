package main

import (
	"path/filepath"
	"strings"
	"testing"

	"hearth/store/storetest"
)

func TestBackupMakesAUsableCopy(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "hearth.db")
	runHearth(t, "", "user", "add", "--db", db, "--name", "Sam Patel", "--email", "sam@example.org",
		"--role", "administrator").mustSucceed(t, "hearth user add")

	out := filepath.Join(dir, "copy.db")
	r := runHearth(t, "", "backup", "--db", db, "--out", out)
	r.mustSucceed(t, "hearth backup")
	if !strings.Contains(r.stdout, out) {
		t.Errorf("hearth backup does not say where the copy is:\n%s", r.stdout)
	}

	// The copy is a Hearth database: the commands work on it and it holds the account.
	runHearth(t, "", "migrate", "--db", out).mustSucceed(t, "hearth migrate on the copy")
	var email string
	if err := openSQLite(t, out).QueryRow("SELECT email FROM users WHERE name = 'Sam Patel'").Scan(&email); err != nil || email != "sam@example.org" {
		t.Errorf("the copy does not hold the account: %q, %v", email, err)
	}

	t.Run("an existing file is not overwritten", func(t *testing.T) {
		r := runHearth(t, "", "backup", "--db", db, "--out", out)
		if r.code != 2 || !strings.Contains(r.stderr, "already exists") {
			t.Errorf("exit %d, stderr %q; want 2 and \"already exists\"", r.code, r.stderr)
		}
	})
}

func TestBackupOnPostgresPointsToPgDump(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	r := runHearth(t, "", "backup", "--db", dsn, "--out", filepath.Join(t.TempDir(), "b.db"))
	if r.code != 2 || !strings.Contains(r.stderr, "pg_dump") {
		t.Errorf("exit %d, stderr %q; want 2 and pg_dump", r.code, r.stderr)
	}
}
