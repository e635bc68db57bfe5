package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/store"
	"hearth/synth"
	"hearth/web"
	"hearth/workforce"
)

// demoPassword is the one password of every demo account. It is printed, and shown on the sign-in page
// in demo mode only: the demo holds nothing but synthetic data.
const demoPassword = "hearth-demo-password"

// demoOrg is the organisation name the demo's pages show.
const demoOrg = "Synthetic Children's Services"

var demoHelp = help{
	usage: "hearth demo [--addr :8080] [--db PATH]",
	about: `Try Hearth on a synthetic local authority. The first time, this makes hearth-demo.db with the small
synthetic authority (a few seconds); later runs reuse it (delete the file to start again). It then adds
one demo account for each role, all with the same password, prints them, and serves the web application:
open the address it prints and sign in as any of them. The practitioner, personal adviser and team
manager are linked to real workers of the synthetic authority, so they have caseloads.

Nothing in the demo is real. Do not put real data in it: its password is printed and shown on the
sign-in page.`,
	examples: []string{
		"hearth demo",
		"hearth demo --addr 127.0.0.1:8081",
	},
}

func runDemo(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("demo", demoHelp)
	addr := fs.String("addr", ":8080", "the `ADDRESS` to listen on, host:port")
	path := fs.String("db", "hearth-demo.db", "the SQLite file (`PATH`) of the demo; made if absent")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if engine, _, err := store.ParseDSN(*path); err != nil || engine != store.SQLite {
		return usageError(fs, "--db must be the path of a SQLite file")
	}
	_, statErr := os.Stat(*path)
	db, err := openDB(ctx, *path)
	if err != nil {
		return err
	}
	defer db.Close()
	if os.IsNotExist(statErr) {
		fmt.Fprintf(c.stdout, "Making the small synthetic authority in %s (this takes a few seconds, once)...\n", *path)
		sum, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 1, Years: historyYears})
		if err != nil {
			os.Remove(*path)
			return fmt.Errorf("generating the synthetic authority: %w", err)
		}
		sum.Print(c.stdout)
	}
	accounts, err := ensureDemoAccounts(ctx, db, time.Now())
	if err != nil {
		return fmt.Errorf("making the demo accounts: %w", err)
	}

	cfg := web.Config{Addr: *addr, OrgName: demoOrg, Demo: true, DemoPassword: demoPassword,
		Logger: slog.New(slog.NewJSONHandler(c.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	for _, a := range accounts {
		cfg.DemoAccounts = append(cfg.DemoAccounts, web.DemoAccount{Email: a.Email, Role: a.Role})
	}
	return serve(ctx, c, cfg, db, func(url string) {
		fmt.Fprintf(c.stdout, "\nHearth's demo is running at %s (press Ctrl+C to stop).\n\n", url)
		fmt.Fprintf(c.stdout, "Sign in with any of these accounts. Every one has the password %s\n\n", demoPassword)
		tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
		for _, a := range accounts {
			fmt.Fprintf(tw, "  %s\t%s\n", web.RoleLabel(a.Role), a.Email)
		}
		tw.Flush()
		fmt.Fprintln(c.stdout)
	})
}

// demoEmail is the sign-in name of a role's demo account, such as team-manager@demo.example.
func demoEmail(r hearth.Role) string {
	return strings.ReplaceAll(string(r), "_", "-") + "@demo.example"
}

// ensureDemoAccounts makes (or brings up to date) one account per role with the demo password, and
// returns them in the order of hearth.Roles. Running it again resets their passwords, reopens them and
// moves the inspector's end date on, so an old demo database keeps working.
func ensureDemoAccounts(ctx context.Context, db *store.DB, now time.Time) ([]hearth.User, error) {
	links, err := demoLinks(ctx, db)
	if err != nil {
		return nil, err
	}
	hash := auth.HashPassword(demoPassword)
	var out []hearth.User
	for _, role := range hearth.Roles {
		want := hearth.User{Name: "Demo " + strings.ToLower(web.RoleLabel(role)), Email: demoEmail(role), Role: role,
			Active: true, PasswordHash: hash}
		if l, ok := links[role]; ok {
			want.TeamID, want.WorkerID = l.TeamID, l.WorkerID
		}
		if role == hearth.RoleInspector {
			want.ExpiresAt = now.Add(90 * 24 * time.Hour).UTC().Truncate(time.Second)
		}
		u, err := db.AccountByEmail(ctx, want.Email)
		switch {
		case hearth.ErrorCode(err) == hearth.ENOTFOUND:
			if err := db.Insert(ctx, hearth.System, &want); err != nil {
				return nil, fmt.Errorf("adding %s: %w", want.Email, err)
			}
			out = append(out, want)
			continue
		case err != nil:
			return nil, err
		}
		u.Name, u.Role, u.Active, u.PasswordHash = want.Name, want.Role, true, hash
		u.TeamID, u.WorkerID, u.ExpiresAt = want.TeamID, want.WorkerID, want.ExpiresAt
		if err := db.Amend(ctx, hearth.System, &u, "demo accounts refreshed by hearth demo"); err != nil {
			return nil, fmt.Errorf("refreshing %s: %w", want.Email, err)
		}
		out = append(out, u)
	}
	return out, nil
}

// demoLinks finds the workers and teams the demo accounts stand for: the social worker and the personal
// adviser with the most children, the practitioner's team manager, and the busiest reviewing officer.
func demoLinks(ctx context.Context, db *store.DB) (map[hearth.Role]store.Caseholder, error) {
	links := map[hearth.Role]store.Caseholder{}
	for _, want := range []struct {
		role  hearth.Role
		alloc string
	}{
		{hearth.RolePractitioner, workforce.RoleSocialWorker},
		{hearth.RolePersonalAdviser, workforce.RolePersonalAdviser},
		{hearth.RoleReviewingOfficer, workforce.RoleReviewingOfficer},
	} {
		c, err := db.BusiestWorker(ctx, want.alloc, want.role)
		if hearth.ErrorCode(err) == hearth.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		links[want.role] = c
	}
	if p, ok := links[hearth.RolePractitioner]; ok {
		m, err := db.TeamManagerOf(ctx, p.TeamID)
		switch {
		case err == nil:
			links[hearth.RoleTeamManager] = store.Caseholder{WorkerID: m.WorkerID, TeamID: m.TeamID}
		case hearth.ErrorCode(err) != hearth.ENOTFOUND:
			return nil, err
		}
	}
	return links, nil
}
