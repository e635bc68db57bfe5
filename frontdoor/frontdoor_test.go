package frontdoor

import (
	"bufio"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"hearth"
)

// invalid is one way of getting a row wrong, and the column the message must name.
type invalid[T any] struct {
	name   string
	change func(*T)
	field  string
}

// testValidate checks that Validate accepts the complete row made by valid and each variant, and rejects
// each invalid change with an EINVALID error whose message names the field.
func testValidate[T interface{ Validate() error }](t *testing.T, valid func() T, variants map[string]func(*T), cases []invalid[T]) {
	t.Helper()
	if err := valid().Validate(); err != nil {
		t.Fatalf("a complete valid row was rejected: %v", err)
	}
	for name, change := range variants {
		t.Run("accepts "+name, func(t *testing.T) {
			row := valid()
			change(&row)
			if err := row.Validate(); err != nil {
				t.Fatalf("rejected: %v", err)
			}
		})
	}
	for _, tc := range cases {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			row := valid()
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

var (
	received = time.Date(2025, 3, 10, 9, 15, 0, 0, time.UTC)
	day      = hearth.NewDate(2025, 3, 10)
)

func TestTriageMeetingValidate(t *testing.T) {
	valid := func() TriageMeeting {
		return TriageMeeting{HeldAt: received, ChairID: 4, TeamID: 2, Agencies: hearth.Codes{"police", "health", "education"}}
	}
	testValidate(t, valid, map[string]func(*TriageMeeting){
		"no agencies recorded": func(r *TriageMeeting) { r.Agencies = nil },
	}, []invalid[TriageMeeting]{
		{"no time", func(r *TriageMeeting) { r.HeldAt = time.Time{} }, "held_at"},
		{"an unknown agency", func(r *TriageMeeting) { r.Agencies = hearth.Codes{"police", "army"} }, "agencies"},
		{"an agency twice", func(r *TriageMeeting) { r.Agencies = hearth.Codes{"police", "police"} }, "agencies"},
	})
}

func TestContactValidate(t *testing.T) {
	valid := func() Contact {
		return Contact{
			PersonID: 10, ReceivedAt: received, Source: "2A", SourceDetail: "Oak Lane Primary School",
			Summary: "Bruising seen on the child's arm; the child said dad grabbed him.", Reasons: hearth.Codes{"physical_abuse"},
			Consent: ConsentNotNeeded, ConsentReason: "Concern of significant harm; seeking consent could put the child at risk",
			ThresholdLevel: "level_4", Decision: DecisionStrategyDiscussion, DecisionRationale: "Injury and disclosure",
			DecidedAt: received.Add(3 * time.Hour), DecidedBy: 5, TriageMeetingID: 1,
		}
	}
	testValidate(t, valid, map[string]func(*Contact){
		"awaiting a decision": func(r *Contact) {
			r.Decision, r.DecidedAt, r.DecidedBy, r.ThresholdLevel = "", time.Time{}, 0, ""
		},
		"consent given without a reason": func(r *Contact) { r.Consent, r.ConsentReason = ConsentGiven, "" },
		"source 10 (unknown)":            func(r *Contact) { r.Source = "10" },
	}, []invalid[Contact]{
		{"no child", func(r *Contact) { r.PersonID = 0 }, "person_id"},
		{"no received time", func(r *Contact) { r.ReceivedAt = time.Time{} }, "received_at"},
		{"no source", func(r *Contact) { r.Source = "" }, "source"},
		{"an unknown source", func(r *Contact) { r.Source = "11" }, "source"},
		{"a source in the wrong case", func(r *Contact) { r.Source = "2a" }, "source"},
		{"no summary", func(r *Contact) { r.Summary = "  " }, "summary"},
		{"an unknown reason", func(r *Contact) { r.Reasons = hearth.Codes{"physical_abuse", "bad_luck"} }, "reasons"},
		{"no consent", func(r *Contact) { r.Consent = "" }, "consent"},
		{"an unknown consent", func(r *Contact) { r.Consent = "maybe" }, "consent"},
		{"consent overridden without a reason", func(r *Contact) {
			r.Consent, r.ConsentReason = ConsentRefusedOverridden, ""
		}, "consent_reason"},
		{"an unknown decision", func(r *Contact) { r.Decision = "refer" }, "decision"},
		{"a decision without a time", func(r *Contact) { r.DecidedAt = time.Time{} }, "decided_at"},
		{"a decision without a decider", func(r *Contact) { r.DecidedBy = 0 }, "decided_by"},
		{"a decision without a threshold level", func(r *Contact) { r.ThresholdLevel = "" }, "threshold_level"},
		{"a decision time without a decision", func(r *Contact) { r.Decision = "" }, "decided_at"},
		{"decided before received", func(r *Contact) { r.DecidedAt = received.Add(-time.Minute) }, "decided_at"},
	})
}

func TestMASHCheckValidate(t *testing.T) {
	valid := func() MASHCheck {
		return MASHCheck{
			PersonID: 10, ContactID: 20, Agency: "gp", AgencyName: "High Street Surgery", RAG: RAGAmber,
			AskedAt: received, AskedBy: 5, DueBy: received.Add(24 * time.Hour),
			AnsweredAt: received.Add(5 * time.Hour), AnsweredBy: "Dr A. Shah, safeguarding lead",
			Response: "Known to the practice; missed immunisations; mother has depression.",
		}
	}
	testValidate(t, valid, map[string]func(*MASHCheck){
		"outstanding": func(r *MASHCheck) { r.AnsweredAt, r.AnsweredBy, r.Response = time.Time{}, "", "" },
		"answered by a partner agency user": func(r *MASHCheck) {
			r.AnsweredBy, r.AnsweredByUserID = "", 7
		},
	}, []invalid[MASHCheck]{
		{"no child", func(r *MASHCheck) { r.PersonID = 0 }, "person_id"},
		{"no contact", func(r *MASHCheck) { r.ContactID = 0 }, "contact_id"},
		{"no agency", func(r *MASHCheck) { r.Agency = "" }, "agency"},
		{"an unknown agency", func(r *MASHCheck) { r.Agency = "fire" }, "agency"},
		{"no RAG rating", func(r *MASHCheck) { r.RAG = "" }, "rag"},
		{"an unknown RAG rating", func(r *MASHCheck) { r.RAG = "blue" }, "rag"},
		{"no asked time", func(r *MASHCheck) { r.AskedAt = time.Time{} }, "asked_at"},
		{"no due time", func(r *MASHCheck) { r.DueBy = time.Time{} }, "due_by"},
		{"due before asked", func(r *MASHCheck) { r.DueBy = received.Add(-time.Hour) }, "due_by"},
		{"answered before asked", func(r *MASHCheck) { r.AnsweredAt = received.Add(-time.Hour) }, "answered_at"},
		{"answered without saying by whom", func(r *MASHCheck) { r.AnsweredBy = "" }, "answered_by"},
		{"answered without a response", func(r *MASHCheck) { r.Response = "" }, "response"},
		{"a response without an answer time", func(r *MASHCheck) { r.AnsweredAt = time.Time{} }, "answered_at"},
	})
}

func TestCINEpisodeValidate(t *testing.T) {
	valid := func() CINEpisode {
		return CINEpisode{
			PersonID: 10, ContactID: 20, ReferralDate: day, ReferralSource: "2A", PrimaryNeed: "N1",
			ClosureDate: day.AddDays(120), ClosureReason: "RC7", TeamID: 2, WorkerID: 5,
		}
	}
	testValidate(t, valid, map[string]func(*CINEpisode){
		"open":                           func(r *CINEpisode) { r.ClosureDate, r.ClosureReason = hearth.Date{}, "" },
		"NFA without a primary need":     func(r *CINEpisode) { r.ReferralNFA, r.PrimaryNeed, r.ClosureReason = true, "", "RC8" },
		"closed on the day of referral":  func(r *CINEpisode) { r.ClosureDate = day },
		"imported without a contact":     func(r *CINEpisode) { r.ContactID = 0 },
		"closed after assessment to EH":  func(r *CINEpisode) { r.ClosureReason = "RC9" },
		"need not stated (N0) recorded":  func(r *CINEpisode) { r.PrimaryNeed = "N0" },
		"referral source early help 5D":  func(r *CINEpisode) { r.ReferralSource = "5D" },
		"no team or worker (imported)":   func(r *CINEpisode) { r.TeamID, r.WorkerID = 0, 0 },
		"open NFA awaiting closure date": func(r *CINEpisode) { r.ReferralNFA, r.ClosureDate, r.ClosureReason = true, hearth.Date{}, "" },
	}, []invalid[CINEpisode]{
		{"no child", func(r *CINEpisode) { r.PersonID = 0 }, "person_id"},
		{"no referral date", func(r *CINEpisode) { r.ReferralDate = hearth.Date{} }, "referral_date"},
		{"no referral source", func(r *CINEpisode) { r.ReferralSource = "" }, "referral_source"},
		{"an unknown referral source", func(r *CINEpisode) { r.ReferralSource = "5E" }, "referral_source"},
		{"no primary need with further action", func(r *CINEpisode) { r.PrimaryNeed = "" }, "primary_need"},
		{"an unknown primary need", func(r *CINEpisode) { r.PrimaryNeed = "N10" }, "primary_need"},
		{"an unknown closure reason", func(r *CINEpisode) { r.ClosureReason = "RC10" }, "closure_reason"},
		{"a closure date without a reason", func(r *CINEpisode) { r.ClosureReason = "" }, "closure_reason"},
		{"a closure reason without a date", func(r *CINEpisode) { r.ClosureDate = hearth.Date{} }, "closure_date"},
		{"closed before referred", func(r *CINEpisode) { r.ClosureDate = day.AddDays(-1) }, "closure_date"},
	})
}

func TestEarlyHelpEpisodeValidate(t *testing.T) {
	valid := func() EarlyHelpEpisode {
		return EarlyHelpEpisode{
			PersonID: 10, ContactID: 20, StartDate: day, EndDate: day.AddDays(180), Reasons: hearth.Codes{"parenting_capacity"},
			AssessmentStartDate: day, AssessmentCompletedDate: day.AddDays(30), Organisation: "Anytown Early Help Service",
			TeamID: 3, WorkerID: 6, EndReason: "needs_met",
		}
	}
	testValidate(t, valid, map[string]func(*EarlyHelpEpisode){
		"open": func(r *EarlyHelpEpisode) { r.EndDate, r.EndReason = hearth.Date{}, "" },
		"assessment not started": func(r *EarlyHelpEpisode) {
			r.AssessmentStartDate, r.AssessmentCompletedDate = hearth.Date{}, hearth.Date{}
		},
		"led by a school": func(r *EarlyHelpEpisode) { r.Organisation, r.TeamID, r.WorkerID = "Oak Lane Primary School", 0, 0 },
	}, []invalid[EarlyHelpEpisode]{
		{"no child", func(r *EarlyHelpEpisode) { r.PersonID = 0 }, "person_id"},
		{"no start date", func(r *EarlyHelpEpisode) { r.StartDate = hearth.Date{} }, "start_date"},
		{"no organisation", func(r *EarlyHelpEpisode) { r.Organisation = "" }, "organisation"},
		{"an unknown reason", func(r *EarlyHelpEpisode) { r.Reasons = hearth.Codes{"boredom"} }, "reasons"},
		{"ended before it started", func(r *EarlyHelpEpisode) { r.EndDate = day.AddDays(-1) }, "end_date"},
		{"assessment before the episode", func(r *EarlyHelpEpisode) { r.AssessmentStartDate = day.AddDays(-1) }, "assessment_start_date"},
		{"assessment completed before it started", func(r *EarlyHelpEpisode) {
			r.AssessmentCompletedDate = day.AddDays(-1)
		}, "assessment_completed_date"},
		{"assessment completed but never started", func(r *EarlyHelpEpisode) {
			r.AssessmentStartDate = hearth.Date{}
		}, "assessment_start_date"},
		{"ended without a reason", func(r *EarlyHelpEpisode) { r.EndReason = "" }, "end_reason"},
		{"an unknown end reason", func(r *EarlyHelpEpisode) { r.EndReason = "bored" }, "end_reason"},
		{"an end reason while open", func(r *EarlyHelpEpisode) { r.EndDate = hearth.Date{} }, "end_date"},
	})
}

// rows lists a zero value of every table of the package.
var rows = []any{TriageMeeting{}, Contact{}, MASHCheck{}, CINEpisode{}, EarlyHelpEpisode{}}

// localLists are code lists each organisation configures, which the package cannot know.
var localLists = map[string]bool{"threshold_level": true}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// TestTags checks the tags the store and docs/data-model.md are generated from: hearth.Record first,
// every column documented in snake_case, a child's table has person_id referring to person, and every
// codes tag names a list this package defines.
func TestTags(t *testing.T) {
	for _, row := range rows {
		typ := reflect.TypeOf(row)
		if typ.Field(0).Type != reflect.TypeOf(hearth.Record{}) {
			t.Errorf("%s: hearth.Record is not the first field", typ.Name())
		}
		for i := 1; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("db"), ",")
			switch {
			case name == "":
				t.Errorf("%s.%s has no db tag", typ.Name(), f.Name)
			case !snakeCase.MatchString(name):
				t.Errorf("%s.%s: column %q is not snake_case", typ.Name(), f.Name, name)
			}
			if f.Tag.Get("doc") == "" {
				t.Errorf("%s.%s has no doc tag", typ.Name(), f.Name)
			}
			if name == "person_id" && f.Tag.Get("ref") != "person" {
				t.Errorf("%s.person_id does not refer to person", typ.Name())
			}
			if list := f.Tag.Get("codes"); list != "" && !localLists[list] {
				if _, ok := CodeLists[list]; !ok {
					t.Errorf("%s.%s: codes:%q is not in CodeLists", typ.Name(), f.Name, list)
				}
			}
		}
	}
}

// TestCodeLists checks every list has unique codes with descriptions, and that the DfE lists hold exactly
// the codes of the CIN census schema (when the shared reference files are present).
func TestCodeLists(t *testing.T) {
	for name, list := range CodeLists {
		seen := map[string]bool{}
		for _, c := range list {
			if c.Code == "" || c.Description == "" {
				t.Errorf("%s: empty code or description in %+v", name, c)
			}
			if seen[c.Code] {
				t.Errorf("%s: %s appears twice", name, c.Code)
			}
			seen[c.Code] = true
		}
	}
	census := cinCensusCodes(t)
	for element, list := range map[string]CodeList{
		"ReferralSource": ReferralSources, "PrimaryNeedCode": PrimaryNeeds, "ReasonForClosure": ReasonsForClosure,
	} {
		if got, want := strings.Join(list.Codes(), " "), census[element]; got != want {
			t.Errorf("%s codes = %s, the CIN census has %s", element, got, want)
		}
	}
}

// cinCensusCodes reads the code lists of the CIN census elements from the shared reference file, skipping
// the test when it is not there (it lives outside the module).
func cinCensusCodes(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("../../shared/reference/cin-census-elements.tsv")
	if err != nil {
		t.Skip("CIN census reference not available:", err)
	}
	defer f.Close()
	codes := map[string]string{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		cols := strings.Split(s.Text(), "\t")
		if len(cols) == 7 && cols[6] != "" {
			codes[cols[1]] = cols[6]
		}
	}
	return codes
}

func TestCodeListMethods(t *testing.T) {
	if !ReferralSources.Has("5D") || ReferralSources.Has("5d") {
		t.Error("Has is not exact")
	}
	if got := PrimaryNeeds.Description("N4"); got != "Family in acute stress" {
		t.Errorf("Description(N4) = %q", got)
	}
	if got := RAGRatings.String(); got != "red, amber, green" {
		t.Errorf("String() = %q", got)
	}
}
