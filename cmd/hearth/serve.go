package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/store"
	"hearth/web"
)

var serveHelp = help{
	usage: "hearth serve --db DSN [--addr :8080] [--org NAME] [--secure-cookies]",
	about: `Serve the web application from a database. People sign in with the accounts made by hearth user
add. The schema is brought up to date first. A SQLite database must already exist (hearth migrate or
hearth generate make one), so that a mistyped path does not quietly serve an empty record.

Behind HTTPS (which any real use needs), pass --secure-cookies so the session cookie is only ever sent
over HTTPS. To let people sign in with the organisation's account (OpenID Connect, such as Microsoft
Entra ID), set HEARTH_OIDC_ISSUER, HEARTH_OIDC_CLIENT_ID, HEARTH_OIDC_CLIENT_SECRET,
HEARTH_OIDC_REDIRECT_URL (ending /sign-in/oidc/callback) and HEARTH_OIDC_ROLE_MAP (claim=role,...); see
docs/architecture.md. The request log goes to standard error, one JSON line per request; it never holds names or
search terms.`,
	examples: []string{
		`hearth serve --db hearth.db --addr :8080 --org "Testshire Children's Services"`,
		"hearth serve --db postgres://hearth@localhost:5432/hearth --addr 127.0.0.1:8080 --secure-cookies",
	},
}

func runServe(ctx context.Context, c *cli, args []string) error {
	fs := newFlagSet("serve", serveHelp)
	dsn := fs.String("db", "", "the database `DSN`: a file path, sqlite:PATH or a postgres:// URL (required)")
	addr := fs.String("addr", ":8080", "the `ADDRESS` to listen on, host:port")
	org := fs.String("org", "Children's services", "the organisation's `NAME`, shown in the header of every page")
	secure := fs.Bool("secure-cookies", false, "mark the session cookie Secure: set it when the server is reached over HTTPS")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if err := required(fs, "db"); err != nil {
		return err
	}
	if _, _, err := store.ParseDSN(*dsn); err != nil {
		return usageError(fs, "--db: %s", hearth.ErrorMessage(err))
	}
	if err := existingSQLite(*dsn); err != nil {
		return err
	}
	oidc, err := auth.LoadOIDC(ctx, os.Getenv)
	if err != nil {
		return withHint(err, "Check the HEARTH_OIDC_* settings (see docs/architecture.md), or unset HEARTH_OIDC_ISSUER to use local accounts only.")
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	cfg := web.Config{Addr: *addr, OrgName: strings.TrimSpace(*org), SecureCookies: *secure, OIDC: oidc,
		Logger: slog.New(slog.NewJSONHandler(c.stderr, nil))}
	return serve(ctx, c, cfg, db, func(url string) {
		fmt.Fprintf(c.stdout, "Hearth is serving %s at %s (press Ctrl+C to stop).\n", displayDSN(*dsn), url)
	})
}

// serve runs the web application on cfg.Addr until ctx is cancelled (Ctrl+C), then lets requests in
// flight finish. listening is called with the address to open once the server is listening.
func serve(ctx context.Context, c *cli, cfg web.Config, db *store.DB, listening func(url string)) error {
	app, err := web.New(cfg, db)
	if err != nil {
		return fmt.Errorf("starting the web application: %w", err)
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return withHint(hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot listen on %s", cfg.Addr),
			"Is another program (or another hearth) using that port? Choose another with --addr, such as --addr :8081.")
	}
	srv := &http.Server{Handler: app, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	listening(browserURL(ln.Addr()))

	sweep := time.NewTicker(time.Hour)
	defer sweep.Stop()
	for {
		select {
		case err := <-errc:
			return fmt.Errorf("serving: %w", err)
		case <-sweep.C:
			if err := app.Sweep(ctx); err != nil {
				fmt.Fprintf(c.stderr, "%s: removing ended sessions: %v\n", c.name, err)
			}
		case <-ctx.Done():
			shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("stopping: %w", err)
			}
			fmt.Fprintf(c.stdout, "Hearth has stopped.\n")
			return nil
		}
	}
}

// browserURL returns the address a person opens for a listening address: localhost for every interface.
func browserURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String()
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
