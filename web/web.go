// Package web is Hearth's web application: the pages people sign in to and work in. It follows Miniflux's
// shape: one route table (routes.go) that names every route with its access policy, one small handler
// per file (handle_*.go), templates embedded and parsed once at start (templates.go), and central
// response helpers (response.go), so that a new page is a row in the table, a handler and a template.
//
// Who may use a route is decided in one place: the middleware built from the route table (middleware.go)
// asks the access package, so a route-by-role test can walk the same table the server uses. Sessions
// live in the database (session.go, store/sessions.go) so they survive a restart and can all be ended
// at once. Every page works with JavaScript off; app.js only adds the idle warning and drafts.
package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"hearth"
	"hearth/auth"
	"hearth/measure"
	"hearth/store"
)

// Config is what the server needs to know about where it runs.
type Config struct {
	// Addr is the address the server listens on, such as ":8080". New does not use it; cmd/hearth does.
	Addr string
	// OrgName is the organisation's name, shown in the header of every page.
	OrgName string
	// Demo shows the demo accounts' shared password on the sign-in page. Never set it on real data.
	Demo bool
	// DemoPassword is the password shown on the sign-in page in demo mode, and DemoAccounts the
	// accounts it opens.
	DemoPassword string
	DemoAccounts []DemoAccount
	// SecureCookies marks the session cookie Secure (and names it with the __Host- prefix), for a server
	// reached over HTTPS. Leave it off only for http://localhost.
	SecureCookies bool
	// IdleTimeout ends a session that has not been used for this long (default 30 minutes).
	IdleTimeout time.Duration
	// IdleWarning is how long before the idle timeout the page warns and offers to stay signed in
	// (default 2 minutes).
	IdleWarning time.Duration
	// AbsoluteLimit ends a session this long after sign-in however active it is (default 10 hours, a
	// long working day), so a stolen cookie cannot be kept alive for ever.
	AbsoluteLimit time.Duration
	// OIDC, when set, offers signing in with the organisation's account (auth.LoadOIDC reads it from the
	// HEARTH_OIDC_* variables); nil means local accounts only.
	OIDC *auth.OIDC
	// MeasuresMaxAge is how old the Performance pages' snapshot of the record may grow before a request
	// starts reading a fresh one in the background (default 15 minutes).
	MeasuresMaxAge time.Duration
	// Now returns the current time; tests replace it with a fake clock. Default time.Now.
	Now func() time.Time
	// Logger receives the request log and warnings. Default slog.Default().
	Logger *slog.Logger
}

// DemoAccount is one account of the demo, listed on the sign-in page in demo mode.
type DemoAccount struct {
	Email string
	Role  hearth.Role
}

// withDefaults returns cfg with every unset field given its default.
func (cfg Config) withDefaults() Config {
	if cfg.OrgName == "" {
		cfg.OrgName = "Children's services"
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = 30 * time.Minute
	}
	if cfg.IdleWarning <= 0 || cfg.IdleWarning >= cfg.IdleTimeout {
		cfg.IdleWarning = min(2*time.Minute, cfg.IdleTimeout/2)
	}
	if cfg.AbsoluteLimit <= 0 {
		cfg.AbsoluteLimit = 10 * time.Hour
	}
	if cfg.MeasuresMaxAge <= 0 {
		cfg.MeasuresMaxAge = 15 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return cfg
}

// Server is the web application. It is an http.Handler.
type Server struct {
	cfg    Config
	db     *store.DB
	log    *slog.Logger
	pages  map[string]*template.Template
	assets *assetFiles
	limits *signInLimits
	// flowKey seals the cookie of an OpenID Connect sign-in in progress. It is made at start, so a
	// restart only cancels the sign-ins under way.
	flowKey []byte
	routes  []route
	handler http.Handler
	// measureCache is the record as the Performance pages read it (measures_snapshot.go).
	measureCache snapshots[*measure.Data]
	// returnsCache is what the DfE's rules find in the returns made from the record (data_quality.go).
	returnsCache snapshots[*dataQuality]
}

// New returns the web application serving db. It parses the templates and indexes the assets once, here,
// so that a broken template stops the server at start rather than on some later request.
func New(cfg Config, db *store.DB) (*Server, error) {
	if db == nil {
		return nil, errors.New("web.New: no database")
	}
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, db: db, log: cfg.Logger, limits: newSignInLimits(), flowKey: auth.NewFlowKey()}
	var err error
	if s.assets, err = loadAssets(s.log); err != nil {
		return nil, fmt.Errorf("reading the embedded assets: %w", err)
	}
	if s.pages, err = parseTemplates(s.templateFuncs()); err != nil {
		return nil, fmt.Errorf("parsing the templates: %w", err)
	}
	s.measureCache = snapshots[*measure.Data]{what: "the measures", read: s.readMeasures}
	s.measureCache.wire(s)
	s.returnsCache = snapshots[*dataQuality]{what: "the returns' findings", read: s.readDataQuality}
	s.returnsCache.wire(s)
	s.routes = routes()
	s.handler = s.buildHandler()
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// now returns the current time from the configured clock.
func (s *Server) now() time.Time { return s.cfg.Now() }

// Sweep removes sessions that ended more than a day ago; cmd/hearth runs it every hour. An ended session
// is kept that long so that a form posted to it can still be saved as its user's draft.
func (s *Server) Sweep(ctx context.Context) error {
	_, err := s.db.DeleteEndedSessions(ctx, s.now().Add(-24*time.Hour))
	return err
}
