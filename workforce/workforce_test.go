package workforce

import (
	"bufio"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"hearth"
)

var start = hearth.NewDate(2025, 4, 1)

func validAllocation() Allocation {
	return Allocation{
		PersonID: 10, WorkerID: 5, Role: RoleSocialWorker, TeamID: 2, StartDate: start,
		EndDate: start.AddDays(90), EndReason: "LEFTRL", CINEpisodeID: 30,
	}
}

func TestAllocationValidate(t *testing.T) {
	if err := validAllocation().Validate(); err != nil {
		t.Fatalf("a complete valid allocation was rejected: %v", err)
	}
	accepted := map[string]func(*Allocation){
		"current":                       func(r *Allocation) { r.EndDate, r.EndReason = hearth.Date{}, "" },
		"a personal adviser, no reason": func(r *Allocation) { r.Role, r.EndReason, r.CINEpisodeID = RolePersonalAdviser, "", 0 },
		"ended the day it started":      func(r *Allocation) { r.EndDate = start },
	}
	for name, change := range accepted {
		t.Run("accepts "+name, func(t *testing.T) {
			row := validAllocation()
			change(&row)
			if err := row.Validate(); err != nil {
				t.Fatalf("rejected: %v", err)
			}
		})
	}
	rejected := []struct {
		name   string
		change func(*Allocation)
		field  string
	}{
		{"no child", func(r *Allocation) { r.PersonID = 0 }, "person_id"},
		{"no worker", func(r *Allocation) { r.WorkerID = 0 }, "worker_id"},
		{"no role", func(r *Allocation) { r.Role = "" }, "role"},
		{"an unknown role", func(r *Allocation) { r.Role = "key_worker" }, "role"},
		{"no team", func(r *Allocation) { r.TeamID = 0 }, "team_id"},
		{"no start date", func(r *Allocation) { r.StartDate = hearth.Date{} }, "start_date"},
		{"ended before it started", func(r *Allocation) { r.EndDate = start.AddDays(-1) }, "end_date"},
		{"an unknown change reason", func(r *Allocation) { r.EndReason = "BORED" }, "end_reason"},
		{"a change reason in lower case", func(r *Allocation) { r.EndReason = "leftrl" }, "end_reason"},
		{"a social worker ended without a reason", func(r *Allocation) { r.EndReason = "" }, "end_reason"},
		{"a change reason while current", func(r *Allocation) { r.EndDate = hearth.Date{} }, "end_date"},
	}
	for _, tc := range rejected {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			row := validAllocation()
			tc.change(&row)
			err := row.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			if code := hearth.ErrorCode(err); code != hearth.EINVALID {
				t.Errorf("error code %q, want %q", code, hearth.EINVALID)
			}
			if msg := hearth.ErrorMessage(err); !strings.Contains(msg, tc.field) {
				t.Errorf("message %q does not name %s", msg, tc.field)
			}
		})
	}
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// TestTags checks the tags the store and docs/data-model.md are generated from.
func TestTags(t *testing.T) {
	for _, row := range []any{Allocation{}} {
		typ := reflect.TypeOf(row)
		if typ.Field(0).Type != reflect.TypeOf(hearth.Record{}) {
			t.Errorf("%s: hearth.Record is not the first field", typ.Name())
		}
		for i := 1; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("db"), ",")
			if !snakeCase.MatchString(name) {
				t.Errorf("%s.%s: column %q is missing or not snake_case", typ.Name(), f.Name, name)
			}
			if f.Tag.Get("doc") == "" {
				t.Errorf("%s.%s has no doc tag", typ.Name(), f.Name)
			}
			if list := f.Tag.Get("codes"); list != "" {
				if _, ok := CodeLists[list]; !ok {
					t.Errorf("%s.%s: codes:%q is not in CodeLists", typ.Name(), f.Name, list)
				}
			}
		}
	}
}

// TestSocialWorkerChangeReasons checks the list holds exactly the SSDA903 SW_REASON codes (when the shared
// reference file is present).
func TestSocialWorkerChangeReasons(t *testing.T) {
	f, err := os.Open("../../shared/reference/ssda903-columns.tsv")
	if err != nil {
		t.Skip("SSDA903 reference not available:", err)
	}
	defer f.Close()
	var want string
	s := bufio.NewScanner(f)
	for s.Scan() {
		cols := strings.Split(s.Text(), "\t")
		if len(cols) >= 4 && cols[0] == "SocialWorker" && cols[1] == "SW_REASON" {
			want = strings.Join(strings.Fields(cols[3]), " ")
		}
	}
	if got := strings.Join(SocialWorkerChangeReasons.Codes(), " "); got != want {
		t.Errorf("SW_REASON codes = %s, the SSDA903 has %s", got, want)
	}
}
