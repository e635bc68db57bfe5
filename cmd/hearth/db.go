package main

import (
	"context"
	"io"
	"net/url"
	"os"
	"strings"

	"hearth"
	"hearth/store"
)

// openDB opens (and migrates) the database named by dsn. When it cannot be reached the error says what to
// check, because the usual causes (a mistyped path, a server that is not running) are the person's to fix.
func openDB(ctx context.Context, dsn string) (*store.DB, error) {
	db, err := store.Open(ctx, dsn)
	if err == nil {
		return db, nil
	}
	if hearth.ErrorCode(err) != hearth.EUNAVAILABLE {
		return nil, err
	}
	if engine, _, _ := store.ParseDSN(dsn); engine == store.Postgres {
		return nil, withHint(err, "Check that PostgreSQL is running at that address, that the database exists and that the user may connect: "+
			"--db postgres://USER[:PASSWORD]@HOST:PORT/DATABASE (add ?sslmode=disable for a server without TLS).")
	}
	return nil, withHint(err, "Check that the folder exists and can be written to, and that the file is a Hearth database.")
}

// existingSQLite returns an EINVALID error when dsn names a SQLite file that does not exist, for commands
// that must not quietly create an empty database where a person mistyped the name of theirs.
func existingSQLite(dsn string) error {
	engine, path, err := store.ParseDSN(dsn)
	if err != nil || engine != store.SQLite {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		return withHint(hearth.WrapError(hearth.EINVALID, err, "there is no database at %s", path),
			"Check the --db path; hearth migrate or hearth generate create a new database.")
	}
	return nil
}

// displayDSN returns dsn as it may be shown: a PostgreSQL URL without its password.
func displayDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" || !strings.Contains(dsn, "://") {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "***")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "***")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// redactor hides the passwords of any database URLs on the command line from what the program prints:
// messages from drivers and libraries sometimes repeat the connection string they were given.
type redactor struct{ secrets []string }

// minSecretLen is the shortest password the redactor hides in free text; a shorter one would garble every
// message containing those letters, and is no secret anyway.
const minSecretLen = 4

func newRedactor(args []string) *redactor {
	r := &redactor{}
	for _, a := range args {
		if i := strings.Index(a, "="); i >= 0 && strings.HasPrefix(a, "-") {
			a = a[i+1:]
		}
		if !strings.Contains(a, "://") {
			continue
		}
		u, err := url.Parse(a)
		if err != nil {
			// An unparseable URL may still hold a password between the first ':' after "//" and '@'.
			if rest := a[strings.Index(a, "://")+3:]; strings.Contains(rest, "@") {
				cred := rest[:strings.LastIndex(rest, "@")]
				if _, pw, ok := strings.Cut(cred, ":"); ok {
					r.add(pw)
				}
			}
			continue
		}
		if pw, ok := u.User.Password(); ok {
			r.add(pw)
			r.add(url.UserPassword("", pw).String()[1:]) // the escaped form, as it appears in the URL
		}
		r.add(u.Query().Get("password"))
	}
	return r
}

func (r *redactor) add(s string) {
	if len(s) >= minSecretLen {
		r.secrets = append(r.secrets, s)
	}
}

// redact returns s with every secret replaced by ***.
func (r *redactor) redact(s string) string {
	for _, sec := range r.secrets {
		s = strings.ReplaceAll(s, sec, "***")
	}
	return s
}

// writer returns w with secrets hidden from everything written to it.
func (r *redactor) writer(w io.Writer) io.Writer {
	if len(r.secrets) == 0 {
		return w
	}
	return redactingWriter{r: r, w: w}
}

type redactingWriter struct {
	r *redactor
	w io.Writer
}

func (rw redactingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(rw.w, rw.r.redact(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
