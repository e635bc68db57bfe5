package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/mail"
	"strings"

	"hearth"
	"hearth/auth"
	"hearth/frontdoor"
	"hearth/store"
)

const userUsage = `Usage: hearth user add --db DSN --name NAME --email EMAIL --role ROLE [--team TEAM] [--password-stdin]
       hearth user token --db DSN --email EMAIL --name NAME [--days N]

Manage the accounts that sign in to Hearth.

Commands:
  add        create a local account with a password
  token      make an API token for an account

Run hearth user add --help or hearth user token --help to see their flags and an example.
`

// runUser dispatches "hearth user SUBCOMMAND".
func runUser(ctx context.Context, c *cli, args []string) error {
	switch {
	case len(args) == 0:
		fmt.Fprint(c.stderr, userUsage)
		return hearth.Errorf(hearth.EINVALID, "say which user command to run, for example hearth user add")
	case args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help":
		fmt.Fprint(c.stdout, userUsage)
		return errHelpShown
	}
	switch args[0] {
	case "add":
		c.name = "hearth user add"
		return runUserAdd(ctx, c, args[1:])
	case "token":
		c.name = "hearth user token"
		return runUserToken(ctx, c, args[1:])
	}
	return withHint(hearth.Errorf(hearth.EINVALID, "%q is not a user command", args[0]),
		"Run hearth user --help to see the user commands.")
}

var userAddHelp = help{
	usage: "hearth user add --db DSN --name NAME --email EMAIL --role ROLE [--team TEAM] [--agency AGENCY] [--password-stdin]",
	about: `Create a local account that signs in with its email address and a password (for small installations
and the demo; organisations sign in through OpenID Connect). The password is stored only as an argon2id
hash. With --password-stdin it is read from standard input; otherwise a random 20-character password is
made and printed once: give it to the person safely.

The roles are: ` + roleList() + `.

A partner_agency account answers the MASH requests of one agency, named with --agency: ` + frontdoor.Agencies.String() + `.`,
	examples: []string{
		`hearth user add --db hearth.db --name "Sam Patel" --email sam.patel@example.org --role team_manager --team "Assessment Team North"`,
		`printf '%s' "$PASSWORD" | hearth user add --db hearth.db --name "Ofsted Inspector" --email inspector@example.org --role inspector --password-stdin`,
	},
}

// minPasswordLen is the shortest password accepted from standard input (NCSC and NIST SP 800-63B
// ask for at least 8 characters and no other composition rules).
const minPasswordLen = 8

func runUserAdd(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("user add", userAddHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	name := fs.String("name", "", "the person's full `NAME` (required)")
	email := fs.String("email", "", "their `EMAIL` address, which they sign in with; unique (required)")
	roleName := fs.String("role", "", "their `ROLE`, one of the roles above (required)")
	team := fs.String("team", "", "the name of their `TEAM`, which must exist")
	agency := fs.String("agency", "", "for a partner_agency account, the `AGENCY` whose MASH requests it answers")
	fromStdin := fs.Bool("password-stdin", false, "read the password from standard input instead of making one")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db", "name", "email", "role"); err != nil {
		return err
	}
	if _, _, err := store.ParseDSN(*dsn); err != nil {
		return usageError(fs, "--db: %s", hearth.ErrorMessage(err))
	}
	role, err := hearth.ParseRole(*roleName)
	if err != nil {
		return usageError(fs, "--role: %s", hearth.ErrorMessage(err))
	}
	switch a := strings.TrimSpace(*agency); {
	case role == hearth.RolePartnerAgency && !frontdoor.Agencies.Has(a):
		return usageError(fs, "--agency: a partner_agency account needs the agency whose MASH requests it answers, one of %s", frontdoor.Agencies)
	case role != hearth.RolePartnerAgency && a != "":
		return usageError(fs, "--agency: only a partner_agency account has an agency")
	}
	addr, err := parseEmail(*email)
	if err != nil {
		return usageError(fs, "--email: %q is not an email address such as sam.patel@example.org", *email)
	}
	password, generated := "", false
	if *fromStdin {
		if password, err = readPassword(c.stdin); err != nil {
			return err
		}
	} else {
		password, generated = auth.NewPassword(), true
	}

	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	u := &hearth.User{Name: strings.TrimSpace(*name), Email: addr, Role: role, Active: true,
		PasswordHash: auth.HashPassword(password), Agency: strings.TrimSpace(*agency)}
	if *team != "" {
		t, err := db.FindTeam(ctx, strings.TrimSpace(*team))
		if err != nil {
			return err
		}
		u.TeamID = t.ID
	}
	if err := db.CreateUser(ctx, hearth.System, u); err != nil {
		return err
	}
	teamText := ""
	if *team != "" {
		teamText = ", team " + strings.TrimSpace(*team)
	}
	fmt.Fprintf(c.stdout, "Created account %d for %s <%s>: role %s%s.\n", u.ID, u.Name, u.Email, u.Role, teamText)
	if generated {
		fmt.Fprintf(c.stdout, "Password: %s\nThis is the only time the password is shown. Give it to %s safely.\n", password, u.Name)
	}
	return nil
}

// parseEmail returns a bare email address in lower case, the form accounts are looked up by.
func parseEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return "", fmt.Errorf("not a bare email address")
	}
	return strings.ToLower(a.Address), nil
}

// readPassword reads a password from the first line of r, without its line ending.
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot read the password from standard input")
	}
	pw := strings.TrimRight(line, "\r\n")
	if len([]rune(pw)) < minPasswordLen {
		return "", hearth.Errorf(hearth.EINVALID, "the password on standard input must be at least %d characters long", minPasswordLen)
	}
	return pw, nil
}

// roleList names the roles an account may have, for the help, in lines short enough to read.
func roleList() string {
	var b strings.Builder
	line := len("The roles are: ")
	for i, r := range hearth.Roles {
		if i > 0 {
			b.WriteString(",")
			line++
			if line+1+len(r) > 100 {
				b.WriteString("\n")
				line = 0
			} else {
				b.WriteString(" ")
				line++
			}
		}
		b.WriteString(string(r))
		line += len(r)
	}
	return b.String()
}
