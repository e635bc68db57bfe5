package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"hearth"
	"hearth/store"
	"hearth/synth"
)

// historyYears is how much history the synthetic authority has before its reference date (DESIGN.md).
const historyYears = 6

var generateHelp = help{
	usage: "hearth generate --db DSN [--size small|medium|large|national] [--seed N] [--errors RATE] [--reference-date YYYY-MM-DD] [--manifest PATH]",
	about: `Fill an empty database with a synthetic local authority: teams, workers and six years of coherent
child journeys at the rates, ages and codes of the published national statistics. Nothing in it is real.
The same seed gives the same authority, row for row. A new SQLite file is created, and the schema of any
database is brought up to date first.

With --errors, that share of children is given one deliberate breach of a DfE validation rule, and a CSV
manifest lists each breach (child, rule, return, table, what was made wrong) so validation can be checked
against it.`,
	examples: []string{
		"hearth generate --db hearth-demo.db --size small --seed 1",
		"hearth generate --db test.db --errors 0.02 --reference-date 2025-03-31   (writes test.db.manifest.csv)",
		"hearth generate --db postgres://hearth@localhost:5432/hearth --size large --errors 0.01 --manifest large.csv",
	},
}

func runGenerate(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("generate", generateHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	size := fs.String("size", string(synth.Small), "how big an authority, the `SIZE`: small, medium, large or national")
	seed := fs.Uint64("seed", 1, "the random seed `N`; the same seed gives the same authority")
	rate := fs.Float64("errors", 0, "the `RATE`, a share of children from 0 to 1, given one deliberate DfE validation rule breach each")
	refDate := fs.String("reference-date", "", "the last day of the history, as `YYYY-MM-DD` (default the last 31 March before today)")
	manifest := fs.String("manifest", "", "the CSV file (`PATH`) listing the injected breaches (default the SQLite file's path + .manifest.csv; required with --errors on PostgreSQL)")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	opts, manifestPath, err := generateOptions(fs, *dsn, *size, *seed, *rate, *refDate, *manifest)
	if err != nil {
		return err
	}

	// The manifest is written to a temporary file beside its final place, so an unwritable folder is
	// found before the work starts and a failed run never truncates an earlier run's manifest.
	var tmp *os.File
	if manifestPath != "" {
		tmp, err = os.CreateTemp(filepath.Dir(manifestPath), "."+filepath.Base(manifestPath)+".*.tmp")
		if err != nil {
			return withHint(hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write the manifest to %s", manifestPath),
				"Choose a --manifest path in a folder that exists and can be written to.")
		}
		defer func() {
			tmp.Close()
			os.Remove(tmp.Name()) // gone already after a successful rename
		}()
	}

	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	// The generator's garbage is short-lived and its live heap small and flat (the rows in flight), so
	// collecting less often buys speed for little memory.
	debug.SetGCPercent(400)
	sum, err := synth.Generate(ctx, db, opts)
	if err != nil {
		return fmt.Errorf("generating the synthetic authority in %s: %w", displayDSN(*dsn), err)
	}
	sum.Print(c.stdout)
	fmt.Fprintf(c.stdout, "The synthetic authority is in %s.\n", displayDSN(*dsn))

	if tmp == nil {
		return nil
	}
	if err := sum.WriteManifest(tmp); err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write the manifest to %s", manifestPath)
	}
	if err := tmp.Close(); err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write the manifest to %s", manifestPath)
	}
	if err := os.Rename(tmp.Name(), manifestPath); err != nil {
		return hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot write the manifest to %s", manifestPath)
	}
	fmt.Fprintf(c.stdout, "The %d injected rule breaches are listed in %s.\n", len(sum.Breaches), manifestPath)
	return nil
}

// generateOptions checks generate's flags and returns the options for synth.Generate and the path of the
// manifest to write ("" for none).
func generateOptions(fs *flag.FlagSet, dsn, size string, seed uint64, rate float64, refDate, manifest string) (synth.Options, string, error) {
	opts := synth.Options{Size: synth.Size(size), Seed: seed, ErrorRate: rate, Years: historyYears}
	if err := required(fs, "db"); err != nil {
		return opts, "", err
	}
	engine, path, err := store.ParseDSN(dsn)
	if err != nil {
		return opts, "", usageError(fs, "--db: %s", hearth.ErrorMessage(err))
	}
	if _, err := opts.Size.ChildPopulation(); err != nil {
		return opts, "", usageError(fs, "--size: %s", hearth.ErrorMessage(err))
	}
	if math.IsNaN(rate) || rate < 0 || rate > 1 {
		return opts, "", usageError(fs, "--errors must be a share between 0 and 1, such as 0.02 for 2%% of children; got %v", rate)
	}
	if refDate != "" {
		d, err := hearth.ParseDate(strings.TrimSpace(refDate))
		if err != nil {
			return opts, "", usageError(fs, "--reference-date: %s", hearth.ErrorMessage(err))
		}
		opts.ReferenceDate = d
	}
	switch {
	case manifest != "":
		return opts, manifest, nil
	case rate == 0:
		return opts, "", nil
	case engine == store.Postgres:
		return opts, "", usageError(fs, "--errors on PostgreSQL needs --manifest PATH, the file to list the injected breaches in (there is no database file to put it beside)")
	}
	return opts, path + ".manifest.csv", nil
}
