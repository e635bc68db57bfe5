package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// freeAddr returns a loopback address with a port nothing is listening on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// server is a hearth serve or hearth demo running in the background.
type server struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	stdout bytes.Buffer
	stderr bytes.Buffer
	done   chan error
}

func (s *server) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stdout.String()
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// startHearth starts the binary and waits until stdout says wantLine; it is interrupted when the test ends.
func startHearth(t *testing.T, dir, wantLine string, args ...string) *server {
	t.Helper()
	s := &server{cmd: exec.Command(hearthBin, args...), done: make(chan error, 1)}
	s.cmd.Dir = dir
	s.cmd.Stdout = lockedWriter{&s.mu, &s.stdout}
	s.cmd.Stderr = lockedWriter{&s.mu, &s.stderr}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.done <- s.cmd.Wait() }()
	t.Cleanup(func() {
		s.cmd.Process.Signal(os.Interrupt)
		select {
		case <-s.done:
		case <-time.After(20 * time.Second):
			s.cmd.Process.Kill()
		}
	})
	deadline := time.Now().Add(3 * time.Minute)
	for !strings.Contains(s.output(), wantLine) {
		select {
		case err := <-s.done:
			t.Fatalf("hearth %s stopped: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, s.output(), s.stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("hearth %s did not say %q:\n%s", strings.Join(args, " "), wantLine, s.output())
		}
	}
	return s
}

// stop interrupts the server as Ctrl+C would and checks that it stops cleanly.
func (s *server) stop(t *testing.T) {
	t.Helper()
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatalf("stopping: %v\n%s", err, s.stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop within 20 seconds of Ctrl+C")
	}
	if !strings.Contains(s.output(), "Hearth has stopped") {
		t.Fatalf("no goodbye:\n%s", s.output())
	}
}

// signIn signs in to a running server and returns the client and the home page.
func signIn(t *testing.T, base, email, password string) (*http.Client, string) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	res, err := client.PostForm(base+"/sign-in", url.Values{"email": {email}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || res.Request.URL.Path != "/" {
		t.Fatalf("signing in as %s: %d at %s\n%s", email, res.StatusCode, res.Request.URL, body)
	}
	return client, string(body)
}

func TestServeSignsInAndStopsOnInterrupt(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "hearth.db")
	runHearth(t, "", "migrate", "--db", db).mustSucceed(t, "migrate")
	runHearth(t, "a long enough password\n", "user", "add", "--db", db, "--name", "Sam Patel",
		"--email", "sam@example.org", "--role", "practitioner", "--password-stdin").mustSucceed(t, "user add")

	addr := freeAddr(t)
	s := startHearth(t, dir, "Hearth is serving", "serve", "--db", db, "--addr", addr, "--org", "Testshire Children's Services")
	base := "http://" + addr
	if !strings.Contains(s.output(), base+"/") {
		t.Errorf("serve does not print its address:\n%s", s.output())
	}
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %d", res.StatusCode)
	}
	_, home := signIn(t, base, "sam@example.org", "a long enough password")
	if !strings.Contains(home, "Sam Patel") || !strings.Contains(home, "Testshire Children&#39;s Services") {
		t.Errorf("the home page:\n%s", home)
	}
	s.stop(t)
	// The request log is JSON on stderr and never holds the query of a URL.
	sc := bufio.NewScanner(strings.NewReader(s.stderr.String()))
	logged := false
	for sc.Scan() {
		if strings.Contains(sc.Text(), `"msg":"request"`) {
			logged = true
		}
	}
	if !logged {
		t.Errorf("no request log lines on stderr:\n%s", s.stderr.String())
	}
}

func TestDemoServesASyntheticAuthorityWithAnAccountPerRole(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the small synthetic authority")
	}
	dir := t.TempDir()
	addr := freeAddr(t)
	s := startHearth(t, dir, "Every one has the password", "demo", "--addr", addr)
	if _, err := os.Stat(filepath.Join(dir, "hearth-demo.db")); err != nil {
		t.Fatalf("no hearth-demo.db: %v", err)
	}
	base := "http://" + addr
	out := s.output()
	for _, want := range []string{"Synthetic authority: size small", "running at http://" + addr + "/", demoPassword,
		"practitioner@demo.example", "inspector@demo.example", "administrator@demo.example"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo does not print %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "system@") {
		t.Error("demo made an account for the system role")
	}
	res, err := http.Get(base + "/sign-in")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(page), demoPassword) {
		t.Error("the demo's sign-in page does not show the demo password")
	}
	for _, email := range []string{"practitioner@demo.example", "inspector@demo.example", "panel-member@demo.example"} {
		signIn(t, base, email, demoPassword)
	}
	s.stop(t)

	// A second run reuses the database and the accounts still work.
	s = startHearth(t, dir, "Every one has the password", "demo", "--addr", addr)
	if strings.Contains(s.output(), "Making the small synthetic authority") {
		t.Error("the second run made the authority again")
	}
	signIn(t, base, "team-manager@demo.example", demoPassword)
	s.stop(t)

	// The practitioner, personal adviser and team manager stand for real workers, and the first two hold
	// children, so their caseloads are not empty; the inspector's account ends in the future.
	db := openSQLite(t, filepath.Join(dir, "hearth-demo.db"))
	for _, role := range []string{"practitioner", "personal-adviser"} {
		var n int
		err := db.QueryRow(`SELECT COUNT(*) FROM involvements i JOIN users u ON u.worker_id = i.worker_id
			WHERE u.email = ? AND i.end_date IS NULL`, role+"@demo.example").Scan(&n)
		if err != nil || n == 0 {
			t.Errorf("the demo %s holds %d children (%v)", role, n, err)
		}
	}
	var team, manager sql.NullInt64
	db.QueryRow(`SELECT team_id FROM users WHERE email = 'practitioner@demo.example'`).Scan(&team)
	db.QueryRow(`SELECT team_id FROM users WHERE email = 'team-manager@demo.example'`).Scan(&manager)
	if !team.Valid || team != manager {
		t.Errorf("the demo team manager manages team %v, the practitioner is in %v", manager, team)
	}
	var expires string
	db.QueryRow(`SELECT expires_at FROM users WHERE email = 'inspector@demo.example'`).Scan(&expires)
	if end, err := time.Parse(time.RFC3339Nano, expires); err != nil || !end.After(time.Now()) {
		t.Errorf("the demo inspector's account ends %q", expires)
	}
}

func TestServeRefusesABadOpenIDConnectSetting(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "hearth.db")
	runHearth(t, "", "migrate", "--db", db).mustSucceed(t, "migrate")
	t.Setenv("HEARTH_OIDC_ISSUER", "http://provider.example.org")
	r := runHearth(t, "", "serve", "--db", db, "--addr", freeAddr(t))
	if r.code != 2 || !strings.Contains(r.stderr, "HEARTH_OIDC") {
		t.Fatalf("exit %d\nstderr:\n%s", r.code, r.stderr)
	}
}
