package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"hearth"
)

// apiCall makes an API request with a bearer token (none when token is empty) and extra headers.
func (a *app) apiCall(token, path string, headers ...string) response {
	a.t.Helper()
	req, _ := http.NewRequest("GET", a.srv.URL+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return a.browser().do(req)
}

// tokenFor makes an API token for a user.
func (a *app) tokenFor(u *hearth.User) string {
	a.t.Helper()
	token, _, err := a.db.CreateAPIToken(context.Background(), hearth.System, u.ID, "test", a.clock.Now().Add(24*time.Hour))
	if err != nil {
		a.t.Fatal(err)
	}
	return token
}

// account returns the account with the email.
func (a *app) account(email string) *hearth.User {
	a.t.Helper()
	u, err := a.db.UserByEmail(context.Background(), email)
	if err != nil {
		a.t.Fatal(err)
	}
	return &u
}

// apiErrorOf reads an API error answer, failing unless it has the status and code.
func apiErrorOf(t *testing.T, res response, status int, code string) string {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string }
	}
	if res.StatusCode != status || json.Unmarshal([]byte(res.Body), &e) != nil || e.Error.Code != code || e.Error.Message == "" {
		t.Fatalf("want %d %s, got %d %s", status, code, res.StatusCode, res.Body)
	}
	if res.Header.Get("Content-Type") != "application/json" {
		t.Errorf("an API error is %s, not JSON", res.Header.Get("Content-Type"))
	}
	return e.Error.Message
}

func TestAPI(t *testing.T) {
	a := newApp(t)
	w := newRecordWorld(t, a)
	pat := a.account(practitionerA)
	token := a.tokenFor(pat)

	t.Run("without a token or with a bad one the answer is 401 saying what to send", func(t *testing.T) {
		res := a.apiCall("", "/api/v1/children")
		if msg := apiErrorOf(t, res, 401, hearth.EUNAUTHORIZED); !strings.Contains(msg, "Bearer") {
			t.Errorf("message = %q", msg)
		}
		if res.Header.Get("WWW-Authenticate") == "" {
			t.Error("no WWW-Authenticate header")
		}
		apiErrorOf(t, a.apiCall("hearth_notatoken", "/api/v1/children"), 401, hearth.EUNAUTHORIZED)
		apiErrorOf(t, a.apiCall(token+"x", "/api/v1/children"), 401, hearth.EUNAUTHORIZED)
	})

	t.Run("a session cookie is not a token", func(t *testing.T) {
		b := a.browser()
		b.signIn(pat.Email)
		apiErrorOf(t, b.get("/api/v1/children"), 401, hearth.EUNAUTHORIZED)
	})

	t.Run("roles without child data are refused", func(t *testing.T) {
		apiErrorOf(t, a.apiCall(a.tokenFor(a.account(adminUser)), "/api/v1/children"), 403, hearth.EFORBIDDEN)
	})

	t.Run("the list is the children the account may see, paged and audited", func(t *testing.T) {
		before := a.auditCount("list")
		res := a.apiCall(token, "/api/v1/children?limit=1")
		var list struct {
			Children []map[string]any
			Total    int
			Next     string
		}
		if res.StatusCode != 200 || json.Unmarshal([]byte(res.Body), &list) != nil {
			t.Fatalf("%d %s", res.StatusCode, res.Body)
		}
		if list.Total != 2 || len(list.Children) != 1 || list.Next != "/api/v1/children?limit=1&offset=1" {
			t.Errorf("list = %s", res.Body)
		}
		if res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("Cache-Control = %q", res.Header.Get("Cache-Control"))
		}
		res = a.apiCall(token, "/api/v1/children?limit=500&offset=0")
		if !strings.Contains(res.Body, `"forename":"Jayden"`) || strings.Contains(res.Body, "Olivia") || strings.Contains(res.Body, "Hidden") {
			t.Errorf("practitioner A's children: %s", res.Body)
		}
		if a.auditCount("list") != before+2 {
			t.Errorf("listing is not audited")
		}
		apiErrorOf(t, a.apiCall(token, "/api/v1/children?limit=0"), 400, hearth.EINVALID)
		apiErrorOf(t, a.apiCall(token, "/api/v1/children?offset=x"), 400, hearth.EINVALID)
	})

	t.Run("a child's record is served under the record-level rules and audited", func(t *testing.T) {
		before := a.auditCount("read")
		res := a.apiCall(token, "/api/v1/children/"+itoa(w.jayden))
		var rec struct {
			Person map[string]any
			Tables map[string][]map[string]any
		}
		if res.StatusCode != 200 || json.Unmarshal([]byte(res.Body), &rec) != nil {
			t.Fatalf("%d %s", res.StatusCode, res.Body)
		}
		if rec.Person["forename"] != "Jayden" || len(rec.Tables["involvements"]) != 1 {
			t.Errorf("record = %s", res.Body)
		}
		if a.auditCount("read") != before+1 {
			t.Errorf("the read is not audited")
		}
		apiErrorOf(t, a.apiCall(token, "/api/v1/children/"+itoa(w.otherB)), 403, hearth.EFORBIDDEN)
		apiErrorOf(t, a.apiCall(token, "/api/v1/children/99999"), 404, hearth.ENOTFOUND)
		apiErrorOf(t, a.apiCall(token, "/api/v1/children/abc"), 400, hearth.EINVALID)
		if a.auditCount("read") != before+1 {
			t.Errorf("a refused read wrote a read audit row")
		}
	})

	t.Run("a restricted record needs a reason in a header, every time", func(t *testing.T) {
		path := "/api/v1/children/" + itoa(w.restricted)
		if msg := apiErrorOf(t, a.apiCall(token, path), 403, hearth.EFORBIDDEN); !strings.Contains(msg, "Hearth-Break-Glass-Reason") {
			t.Errorf("message = %q", msg)
		}
		apiErrorOf(t, a.apiCall(token, path, "Hearth-Break-Glass-Reason", "short"), 400, hearth.EINVALID)
		before := a.auditCount("break_glass")
		res := a.apiCall(token, path, "Hearth-Break-Glass-Reason", "Court bundle due today for the final hearing")
		if res.StatusCode != 200 || !strings.Contains(res.Body, `"forename":"Hidden"`) {
			t.Fatalf("%d %s", res.StatusCode, res.Body)
		}
		if a.auditCount("break_glass") != before+1 {
			t.Errorf("the reason is not in the audit log")
		}
		apiErrorOf(t, a.apiCall(token, path), 403, hearth.EFORBIDDEN)
	})

	t.Run("the OpenAPI document describes every API route", func(t *testing.T) {
		res := a.apiCall("", "/api/v1/openapi.json")
		var doc struct {
			OpenAPI string `json:"openapi"`
			Paths   map[string]map[string]any
		}
		if res.StatusCode != 200 || json.Unmarshal([]byte(res.Body), &doc) != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
			t.Fatalf("%d %.200s", res.StatusCode, res.Body)
		}
		for _, rt := range a.web.Routes() {
			if !rt.Policy.Token() {
				continue
			}
			p := strings.TrimPrefix(rt.Pattern, "/api/v1")
			if _, ok := doc.Paths[p][strings.ToLower(rt.Method)]; !ok {
				t.Errorf("%s %s is not in the OpenAPI document", rt.Method, rt.Pattern)
			}
		}
	})
}
