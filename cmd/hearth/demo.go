package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"text/tabwriter"
	"time"

	"hearth/measure"
	"hearth/store"
	"hearth/synth"
	"hearth/web"
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
		// The history runs to yesterday, so the demo's work is current: what is due, overdue and done
		// reads as it would on a real Monday morning rather than months after the record stopped.
		yesterday := measure.EnglandDate(time.Now()).AddDays(-1)
		sum, err := synth.Generate(ctx, db, synth.Options{Size: synth.Small, Seed: 1, Years: historyYears, ReferenceDate: yesterday})
		if err != nil {
			os.Remove(*path)
			return fmt.Errorf("generating the synthetic authority: %w", err)
		}
		sum.Print(c.stdout)
	}
	accounts, err := synth.EnsureDemoAccounts(ctx, db, demoPassword, time.Now())
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
