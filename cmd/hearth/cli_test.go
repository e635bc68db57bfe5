package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestHelpListsEveryCommand(t *testing.T) {
	for _, args := range [][]string{nil, {"help"}, {"--help"}} {
		r := runHearth(t, "", args...)
		r.mustSucceed(t, "hearth "+strings.Join(args, " "))
		for _, cmd := range commands {
			if !strings.Contains(r.stdout, "  "+cmd.name+" ") {
				t.Errorf("hearth %s does not list %s:\n%s", strings.Join(args, " "), cmd.name, r.stdout)
			}
		}
		for _, cmd := range commands {
			if cmd.run == nil && !lineWith(r.stdout, "  "+cmd.name+" ", "not yet available") {
				t.Errorf("hearth help does not mark %s as not yet available:\n%s", cmd.name, r.stdout)
			}
		}
	}
}

// lineWith reports whether some line of s contains all of parts.
func lineWith(s string, parts ...string) bool {
	for _, line := range strings.Split(s, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return true
		}
	}
	return false
}

func TestEverySubcommandExplainsItselfWithHelp(t *testing.T) {
	cases := map[string][]string{
		"migrate":  {"--db"},
		"generate": {"--db", "--size", "--seed", "--errors", "--reference-date", "--manifest"},
		"user add": {"--db", "--name", "--email", "--role", "--team", "--password-stdin"},
		"backup":   {"--db", "--out"},
		"serve":    {"--db", "--addr", "--org", "--secure-cookies"},
		"demo":     {"--addr", "--db"},
		"measures": {"--db", "--as-at", "--window", "--format"},
		// CIN census (returns/cin): validate and export.
		"validate cin": {"--year", "--format", "--rules"},
		"export cin":   {"--db", "--year", "--out", "--lea"},
	}
	for cmd, flags := range cases {
		for _, asked := range [][]string{
			append(strings.Fields(cmd), "--help"),
			append(strings.Fields(cmd), "-h"),
			append([]string{"help"}, strings.Fields(cmd)...),
		} {
			r := runHearth(t, "", asked...)
			r.mustSucceed(t, "hearth "+strings.Join(asked, " "))
			if !strings.Contains(r.stdout, "Usage: hearth "+cmd) || !strings.Contains(r.stdout, "Example:") {
				t.Errorf("hearth %s gives no usage line or example:\n%s", strings.Join(asked, " "), r.stdout)
			}
			for _, f := range flags {
				if !strings.Contains(r.stdout, "  "+f) {
					t.Errorf("hearth %s does not mention %s:\n%s", strings.Join(asked, " "), f, r.stdout)
				}
			}
		}
	}
	r := runHearth(t, "", "user", "--help")
	r.mustSucceed(t, "hearth user --help")
	if !strings.Contains(r.stdout, "add") {
		t.Errorf("hearth user --help does not list add:\n%s", r.stdout)
	}
}

func TestCommandsNotBuiltYetSaySoAndExit2(t *testing.T) {
	for _, cmd := range commands {
		if cmd.run != nil {
			continue
		}
		r := runHearth(t, "", cmd.name, "--help")
		if r.code != 2 || !strings.Contains(r.stderr, "not yet available") {
			t.Errorf("hearth %s: exit %d, stderr %q; want 2 and \"not yet available\"", cmd.name, r.code, r.stderr)
		}
	}
}

func TestBadArgumentsExit2WithAHelpfulMessage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bad-args.db")
	cases := []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"unknown command", []string{"frobnicate"}, []string{`"frobnicate" is not a command`, "hearth help"}},
		{"unknown flag", []string{"generate", "--db", db, "--sise", "small"}, []string{"--sise", "generate --help"}},
		{"missing db", []string{"generate"}, []string{"--db is required"}},
		{"missing db on migrate", []string{"migrate"}, []string{"--db is required"}},
		{"bad size", []string{"generate", "--db", db, "--size", "huge"}, []string{`"huge" is not a size`, "small, medium, large and national"}},
		{"bad date", []string{"generate", "--db", db, "--reference-date", "2025-02-30"}, []string{"--reference-date", "YYYY-MM-DD"}},
		{"bad seed", []string{"generate", "--db", db, "--seed", "minus one"}, []string{"--seed"}},
		{"error rate above 1", []string{"generate", "--db", db, "--errors", "1.5"}, []string{"--errors", "between 0 and 1"}},
		{"not a database URL", []string{"generate", "--db", "mysql://localhost/x"}, []string{"postgres://"}},
		{"manifest needed on postgres", []string{"generate", "--db", "postgres://hearth@127.0.0.1:1/x", "--errors", "0.1"}, []string{"--manifest"}},
		{"stray argument", []string{"migrate", "--db", db, "now"}, []string{`unexpected argument "now"`}},
		{"no user command", []string{"user"}, []string{"hearth user add"}},
		{"unknown user command", []string{"user", "remove"}, []string{`"remove" is not a user command`}},
		{"bad role", []string{"user", "add", "--db", db, "--name", "Sam", "--email", "sam@example.org", "--role", "wizard"}, []string{`"wizard" is not a role`, "practitioner"}},
		{"bad email", []string{"user", "add", "--db", db, "--name", "Sam", "--email", "sam", "--role", "practitioner"}, []string{"--email", "not an email address"}},
		{"missing name", []string{"user", "add", "--db", db, "--email", "sam@example.org", "--role", "practitioner"}, []string{"--name is required"}},
		{"short password", []string{"user", "add", "--db", db, "--name", "Sam", "--email", "sam@example.org", "--role", "practitioner", "--password-stdin"}, []string{"at least 8 characters"}},
		{"backup without out", []string{"backup", "--db", db}, []string{"--out is required"}},
		{"backup of no database", []string{"backup", "--db", db, "--out", db + ".copy"}, []string{"there is no database at " + db}},
		{"serve without db", []string{"serve"}, []string{"--db is required"}},
		{"serve of no database", []string{"serve", "--db", db}, []string{"there is no database at " + db}},
		{"serve stray argument", []string{"serve", "--db", db, "now"}, []string{`unexpected argument "now"`}},
		{"demo stray argument", []string{"demo", "now"}, []string{`unexpected argument "now"`}},
		{"demo on postgres", []string{"demo", "--db", "postgres://hearth@127.0.0.1:1/x"}, []string{"SQLite"}},
		{"folder missing", []string{"migrate", "--db", filepath.Join(t.TempDir(), "no", "such", "x.db")}, []string{"does not exist", "folder"}},
		{"manifest folder missing", []string{"generate", "--db", db, "--errors", "0.1", "--manifest", filepath.Join(t.TempDir(), "no", "m.csv")}, []string{"cannot write the manifest"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runHearth(t, "short\n", c.args...)
			if r.code != 2 {
				t.Errorf("hearth %s: exit status %d, want 2\nstderr:\n%s", strings.Join(c.args, " "), r.code, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("hearth %s: stderr does not say %q:\n%s", strings.Join(c.args, " "), w, r.stderr)
				}
			}
			if r.stdout != "" {
				t.Errorf("hearth %s printed on stdout after failing:\n%s", strings.Join(c.args, " "), r.stdout)
			}
		})
	}
}

func TestUnreachablePostgresExits2WithoutShowingThePassword(t *testing.T) {
	const password = "s3cret-Passw0rd"
	dsn := "postgres://hearth:" + password + "@127.0.0.1:1/hearth?sslmode=disable"
	for _, args := range [][]string{
		{"migrate", "--db", dsn},
		{"generate", "--db", dsn},
		{"generate", "--db=" + dsn, "--errors", "0.1", "--manifest", filepath.Join(t.TempDir(), "m.csv")},
		{"user", "add", "--db", dsn, "--name", "Sam Patel", "--email", "sam@example.org", "--role", "practitioner"},
		{"backup", "--db", dsn, "--out", filepath.Join(t.TempDir(), "b.db")},
	} {
		r := runHearth(t, "", args...)
		if r.code != 2 {
			t.Errorf("hearth %s: exit status %d, want 2\nstderr:\n%s", args[0], r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "cannot reach the database") || !strings.Contains(r.stderr, "127.0.0.1:1") ||
			!strings.Contains(r.stderr, "PostgreSQL is running") {
			t.Errorf("hearth %s: stderr does not say what failed, where and what to do:\n%s", args[0], r.stderr)
		}
		if strings.Contains(r.stderr+r.stdout, password) {
			t.Errorf("hearth %s printed the database password:\n%s%s", args[0], r.stdout, r.stderr)
		}
	}
}
