package main

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"hearth"
	"hearth/auth"
	"hearth/store"
	"hearth/store/storetest"
)

// storedUser is what the users table holds about an account.
type storedUser struct {
	id     hearth.ID
	name   string
	role   string
	teamID hearth.ID
	hash   string
	active bool
}

func findUser(t *testing.T, db *store.DB, email string) storedUser {
	t.Helper()
	var u storedUser
	var team *int64
	q := "SELECT id, name, role, team_id, password_hash, active FROM users WHERE email = ?"
	if db.Engine == store.Postgres {
		q = strings.Replace(q, "?", "$1", 1)
	}
	if err := db.SQL().QueryRow(q, email).Scan(&u.id, &u.name, &u.role, &team, &u.hash, &u.active); err != nil {
		t.Fatalf("reading the account %s: %v", email, err)
	}
	if team != nil {
		u.teamID = *team
	}
	return u
}

func TestUserAdd(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		team := &hearth.Team{Name: "Assessment Team North", Service: "assessment"}
		if err := db.Insert(context.Background(), hearth.System, team); err != nil {
			t.Fatal(err)
		}

		t.Run("with a password from standard input, the hash verifies", func(t *testing.T) {
			const password = "correct horse battery staple"
			r := runHearth(t, password+"\n", "user", "add", "--db", dsn, "--name", "Sam Patel",
				"--email", "Sam.Patel@Example.org", "--role", "team_manager", "--team", "Assessment Team North", "--password-stdin")
			r.mustSucceed(t, "hearth user add --password-stdin")
			if strings.Contains(r.stdout+r.stderr, password) {
				t.Errorf("the password was printed:\n%s", r.stdout)
			}
			if !strings.Contains(r.stdout, "sam.patel@example.org") || !strings.Contains(r.stdout, "team_manager") {
				t.Errorf("the output does not say which account was made:\n%s", r.stdout)
			}
			u := findUser(t, db, "sam.patel@example.org")
			if u.name != "Sam Patel" || u.role != "team_manager" || u.teamID != team.ID || !u.active {
				t.Errorf("stored %+v; want Sam Patel, team_manager, team %d, active", u, team.ID)
			}
			if !strings.HasPrefix(u.hash, "$argon2id$v=19$m=19456,t=2,p=1$") {
				t.Errorf("the stored hash %q is not argon2id with the OWASP parameters", u.hash)
			}
			if ok, err := auth.VerifyPassword(u.hash, password); !ok || err != nil {
				t.Errorf("the stored hash does not verify the password: %v, %v", ok, err)
			}
			if ok, _ := auth.VerifyPassword(u.hash, password+"!"); ok {
				t.Errorf("the stored hash verifies a different password")
			}
		})

		t.Run("without a password, one is made and printed once", func(t *testing.T) {
			r := runHearth(t, "", "user", "add", "--db", dsn, "--name", "Ofsted Inspector",
				"--email", "inspector@example.org", "--role", "inspector")
			r.mustSucceed(t, "hearth user add")
			m := regexp.MustCompile(`(?m)^Password: (\S+)$`).FindStringSubmatch(r.stdout)
			if m == nil {
				t.Fatalf("no password printed:\n%s", r.stdout)
			}
			if len(m[1]) != 20 || strings.Count(r.stdout, m[1]) != 1 {
				t.Errorf("want one 20-character password printed once, got %q in:\n%s", m[1], r.stdout)
			}
			u := findUser(t, db, "inspector@example.org")
			if ok, err := auth.VerifyPassword(u.hash, m[1]); !ok || err != nil {
				t.Errorf("the printed password does not verify against the stored hash: %v, %v", ok, err)
			}
			if u.teamID != 0 {
				t.Errorf("an account made without --team has team %d", u.teamID)
			}
		})

		t.Run("the same email twice is refused", func(t *testing.T) {
			args := []string{"user", "add", "--db", dsn, "--name", "Alex Doe", "--email", "alex@example.org", "--role", "practitioner"}
			runHearth(t, "", args...).mustSucceed(t, "the first hearth user add")
			r := runHearth(t, "", args...)
			if r.code != 1 || !strings.Contains(r.stderr, "already an account with the email alex@example.org") {
				t.Errorf("exit %d, stderr %q; want 1 and a message naming the email", r.code, r.stderr)
			}
		})

		t.Run("a partner agency account names its agency", func(t *testing.T) {
			args := []string{"user", "add", "--db", dsn, "--name", "DC Sam Jones", "--email", "dc.jones@example.org", "--role", "partner_agency"}
			if r := runHearth(t, "", args...); r.code != 2 || !strings.Contains(r.stderr, "--agency: a partner_agency account needs the agency") {
				t.Errorf("without --agency: exit %d, stderr %q; want 2 and what to give", r.code, r.stderr)
			}
			runHearth(t, "", append(args, "--agency", "police")...).mustSucceed(t, "hearth user add --agency police")
			if u, err := db.UserByEmail(context.Background(), "dc.jones@example.org"); err != nil || u.Agency != "police" {
				t.Errorf("stored agency %q, %v; want police", u.Agency, err)
			}
			r := runHearth(t, "", "user", "add", "--db", dsn, "--name", "Pat", "--email", "pat@example.org", "--role", "practitioner", "--agency", "police")
			if r.code != 2 || !strings.Contains(r.stderr, "only a partner_agency account has an agency") {
				t.Errorf("an agency on a practitioner: exit %d, stderr %q; want 2", r.code, r.stderr)
			}
		})

		t.Run("a team that does not exist is refused, naming the teams there are", func(t *testing.T) {
			r := runHearth(t, "", "user", "add", "--db", dsn, "--name", "Jo Bloggs", "--email", "jo@example.org",
				"--role", "practitioner", "--team", "Assessment Team South")
			if r.code != 2 || !strings.Contains(r.stderr, `no team called "Assessment Team South"`) ||
				!strings.Contains(r.stderr, "Assessment Team North") {
				t.Errorf("exit %d, stderr %q; want 2 and the list of teams", r.code, r.stderr)
			}
		})
	})
}

func TestUserToken(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		u := &hearth.User{Name: "Returns service", Email: "returns@example.org", Role: hearth.RoleAnalyst, Active: true}
		if err := db.Insert(context.Background(), hearth.System, u); err != nil {
			t.Fatal(err)
		}
		r := runHearth(t, "", "user", "token", "--db", dsn, "--email", "Returns@Example.org", "--name", "nightly check", "--days", "30")
		r.mustSucceed(t, "hearth user token")
		token := regexp.MustCompile(`hearth_[A-Za-z0-9_-]{43}`).FindString(r.stdout)
		if token == "" {
			t.Fatalf("no token printed:\n%s", r.stdout)
		}
		got, err := db.UserByAPIToken(context.Background(), token)
		if err != nil || got.ID != u.ID {
			t.Errorf("the printed token opens %+v, %v", got, err)
		}
		for _, args := range [][]string{
			{"--db", dsn, "--email", "nobody@example.org", "--name", "x"},
			{"--db", dsn, "--email", "returns@example.org"},
			{"--db", dsn, "--email", "returns@example.org", "--name", "x", "--days", "0"},
		} {
			r := runHearth(t, "", append([]string{"user", "token"}, args...)...)
			if r.code == 0 || r.stderr == "" {
				t.Errorf("hearth user token %v: exit %d, %s", args, r.code, r.stderr)
			}
		}
	})
}
