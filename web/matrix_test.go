package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"hearth"
	"hearth/access"
	"hearth/web"
)

// TestRouteByRoleMatrix walks the whole route table as every role: each route must allow exactly the
// roles its policy allows and refuse the others, and every allowed read of child data must write an
// audit row for the reader. Because it walks the table the server uses, a route added later is covered
// without touching this test, and a route whose handler forgets to audit is caught.
func TestRouteByRoleMatrix(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)
	ctx := context.Background()
	now := a.clock.Now()

	// The path parameters of the routes: a child team A holds (so every role with child data may open
	// it), team A, and practitioner A's account.
	params := map[string]string{"{id}": itoa(w.jayden)}
	// The front door's rows of Jayden: a contact, a police MASH request, a referral and a triage meeting.
	contact, check, episode, meeting := frontDoorRows(t, a, w.jayden)
	for k, v := range protectionParams(t, a, w) { // the protection pathway's records of Jayden
		params[k] = v
	}
	for k, v := range careParams(t, a, w) { // Jayden's episode of care (branch care)
		params[k] = v
	}
	for k, v := range leavingParams(t, a, w.jayden) { // leaving care and missing records of Jayden (branch leaving)
		params[k] = v
	}
	arrangements := arrangementRows(t, a, w.jayden) // staying put, private fostering, homelessness (branch care2)
	pathFor := func(pattern string) string {
		p := arrangementPath(strings.TrimSuffix(pattern, "{$}"), arrangements)
		switch {
		case strings.HasPrefix(p, "/teams/"):
			p = strings.ReplaceAll(p, "{id}", itoa(w.teamA))
		case strings.HasPrefix(p, "/admin/users/"):
			p = strings.ReplaceAll(p, "{id}", userID(t, a, practitionerA))
		case strings.HasPrefix(p, "/admin/teams/"):
			p = strings.ReplaceAll(p, "{id}", itoa(w.teamA))
		case strings.HasPrefix(p, "/performance/"):
			p = strings.ReplaceAll(p, "{id}", "contacts-decided-1wd")
		case strings.HasPrefix(p, "/contacts/"):
			p = strings.ReplaceAll(p, "{id}", itoa(contact))
		case strings.HasPrefix(p, "/mash-requests/"):
			p = strings.ReplaceAll(p, "{id}", itoa(check))
		case strings.HasPrefix(p, "/referrals/"):
			p = strings.ReplaceAll(p, "{id}", itoa(episode))
		case strings.HasPrefix(p, "/triage-meetings/"):
			p = strings.ReplaceAll(p, "{id}", itoa(meeting))
		case strings.HasPrefix(p, "/admin/duties/"):
			p = strings.ReplaceAll(p, "{duty}", "core-group")
		case strings.HasPrefix(p, "/admin/threshold-levels/"):
			p = strings.ReplaceAll(p, "{id}", "1")
		case strings.HasPrefix(p, "/data-quality/"):
			p = strings.ReplaceAll(p, "{rule}", "142")
		}
		for k, v := range params {
			p = strings.ReplaceAll(p, k, v)
		}
		if strings.HasSuffix(p, "/") && p != "/" {
			p += "app.css" // a prefix pattern such as /assets/
		}
		if p == "/people" {
			p += "?name=Example" // a search, which reads child data; the empty form reads none
		}
		return p
	}

	for _, role := range hearth.Roles {
		if role == hearth.RoleSystem {
			continue
		}
		u := a.addUser(strings.ReplaceAll(string(role), "_", ".")+"@example.org", role, func(u *hearth.User) {
			u.TeamID, u.WorkerID = w.teamA, 0
			if role == hearth.RoleInspector {
				u.ExpiresAt = now.Add(30 * 24 * time.Hour)
			}
			if role == hearth.RolePartnerAgency {
				u.Agency = "police" // the agency of the MASH request the front door's routes name
			}
		})
		subject := access.SubjectOf(*u)
		b := a.browser()
		b.signIn(u.Email)
		token, _, err := a.db.CreateAPIToken(ctx, hearth.System, u.ID, "matrix", now.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		for _, rt := range a.web.Routes() {
			path := pathFor(rt.Pattern)
			name := string(role) + " " + rt.Method + " " + path
			if strings.Contains(path, "{") {
				t.Errorf("%s: the matrix test does not know the parameter; add it to pathFor", name)
				continue
			}
			if path == "/sign-out" || path == "/sign-out-everywhere" {
				continue // would end the session the rest of the walk needs; TestSignOut covers them
			}
			var res response
			var req *http.Request
			if rt.Method == http.MethodGet {
				req, _ = http.NewRequest("GET", a.srv.URL+path, nil)
			} else {
				req, _ = http.NewRequest(rt.Method, a.srv.URL+path, strings.NewReader(url.Values{}.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			}
			if rt.Policy.Token() {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			before := auditRowsOf(a, u.ID)
			res = b.do(req)
			allowed := rt.Policy.Allows(subject, now)
			switch {
			case rt.Policy.Name == web.Public.Name:
				if res.StatusCode == http.StatusForbidden || res.StatusCode == http.StatusUnauthorized {
					t.Errorf("%s: a public route answered %d", name, res.StatusCode)
				}
			case !rt.Policy.SignedIn() && !rt.Policy.Token():
				if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/" {
					t.Errorf("%s: a signed-out page should send a signed-in user home, got %d %s", name, res.StatusCode, res.Header.Get("Location"))
				}
			case allowed && res.StatusCode == http.StatusForbidden:
				// Every role here is in team A, which holds the child and the team the parameters name, so
				// nothing past the policy should refuse an allowed role either.
				t.Errorf("%s: the policy allows %s but the route answered 403:\n%.300s", name, role, res.Body)
			case !allowed && res.StatusCode != http.StatusForbidden:
				t.Errorf("%s: the policy refuses %s but the route answered %d", name, role, res.StatusCode)
			}
			readsChild := rt.Method == http.MethodGet && (rt.Policy.Name == web.ChildData.Name || rt.Policy.Name == web.APIChildData.Name || rt.Policy.Name == web.Search.Name)
			if allowed && readsChild && res.StatusCode == http.StatusOK && auditRowsOf(a, u.ID) == before {
				t.Errorf("%s: an allowed read of child data wrote no audit row", name)
			}
		}
	}
}

// auditRowsOf counts the audit rows written by a user.
func auditRowsOf(a *app, userID hearth.ID) int {
	a.t.Helper()
	var n int
	if err := a.db.SQL().QueryRow("SELECT COUNT(*) FROM audit_log WHERE user_id = ?", userID).Scan(&n); err != nil {
		a.t.Fatal(err)
	}
	return n
}
