// Package chronology turns a child's record into the chronology social workers read: every recorded event
// in date order, from the first contact to the latest visit, each pointing back at the row it came from.
// Inspections keep finding chronologies that are missing, out of date or typed by hand; this one is
// worked out from the record every time it is read, so it cannot fall behind it.
//
// It is pure Go over a store.ChildRecord (as store.DB.LoadChild returns it, already audited); it holds no
// SQL. Rows recorded in error are kept and flagged, because what people saw and decided at the time is part
// of the child's history.
package chronology

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"hearth"
	"hearth/care"
	"hearth/exploitation"
	"hearth/frontdoor"
	"hearth/leaving"
	"hearth/protection"
	"hearth/store"
	"hearth/workforce"
)

// Kind groups events for the chronology's filter: a practitioner preparing for a conference filters to
// protection and conferences, a reviewing officer to care.
type Kind string

// The kinds of event, in the order the filter lists them.
const (
	KindFrontDoor    Kind = "front_door"   // contacts and MASH checks
	KindReferral     Kind = "referral"     // referrals, closures and early help
	KindAssessment   Kind = "assessment"   // child and family assessments and the household members considered
	KindProtection   Kind = "protection"   // strategy discussions, section 47 enquiries, emergency protection
	KindConference   Kind = "conference"   // child protection conferences and core groups
	KindPlan         Kind = "plan"         // CIN and CP plans, plan content and actions
	KindVisit        Kind = "visit"        // visits to the child
	KindCare         Kind = "care"         // looked-after episodes, reviews, permanence, adoption, education
	KindHealth       Kind = "health"       // health checks, immunisations, SDQs, substance misuse
	KindMissing      Kind = "missing"      // missing episodes and return home interviews
	KindExploitation Kind = "exploitation" // exploitation risk assessments
	KindOffending    Kind = "offending"    // convictions and cautions
	KindLeavingCare  Kind = "leaving_care" // care leavers' categories, contacts, status and pathway plans
	KindAllocation   Kind = "allocation"   // workers allocated and changed
	KindFamily       Kind = "family"       // addresses, relationships and household members
)

// Kinds lists every kind with the label a filter shows, in order.
var Kinds = []struct {
	Kind  Kind
	Label string
}{
	{KindFrontDoor, "Contacts and MASH"},
	{KindReferral, "Referrals and early help"},
	{KindAssessment, "Assessments"},
	{KindProtection, "Strategy discussions and section 47 enquiries"},
	{KindConference, "Conferences and core groups"},
	{KindPlan, "Plans"},
	{KindVisit, "Visits"},
	{KindCare, "Looked after"},
	{KindHealth, "Health"},
	{KindMissing, "Missing"},
	{KindExploitation, "Exploitation"},
	{KindOffending, "Offending"},
	{KindLeavingCare, "Leaving care"},
	{KindAllocation, "Allocations"},
	{KindFamily, "Family and addresses"},
}

// Label returns the filter label of a kind.
func (k Kind) Label() string {
	for _, x := range Kinds {
		if x.Kind == k {
			return x.Label
		}
	}
	return string(k)
}

// Event is one thing that happened in the child's life or work with the child, as the record holds it.
type Event struct {
	Date hearth.Date
	// At is the time of day as well, when the record holds one (contacts, strategy discussions, missing
	// episodes, care leavers' contacts); the zero time otherwise.
	At     time.Time
	Kind   Kind
	Title  string // a short heading: "Referral received", "Visit (child protection)"
	Detail string // a line or two of what was recorded
	// Table and RowID name the row the event came from, so a page can link to it and its history.
	Table string
	RowID hearth.ID
	// RecordedInError is true when the row was marked recorded in error; ErrorReason says why. Such
	// events stay in the chronology, struck through, never hidden.
	RecordedInError bool
	ErrorReason     string
}

// Namer gives the names a chronology shows for the workers, teams and people a row refers to.
// store.Names implements it; nil shows no names.
type Namer interface {
	Worker(id hearth.ID) string
	Team(id hearth.ID) string
	Person(id hearth.ID) string
}

// Of returns every event of the record, oldest first. On one day, events with a time come in time order
// and before those recorded with a date only (a contact at 09:30, then the referral it became that day);
// events of the same day without a time keep the order of the child's journey (a referral before its
// assessment), then the order they were recorded.
func Of(rec *store.ChildRecord, names Namer) []Event {
	b := &builder{names: names}
	for _, t := range tables {
		t.add(b, rec)
	}
	slices.SortStableFunc(b.events, func(x, y Event) int {
		if c := x.Date.DaysSince(y.Date); c != 0 {
			return c
		}
		return sortTime(x).Compare(sortTime(y))
	})
	return b.events
}

// sortTime places an event within its day: at its time, or at the end of the day when it has none.
func sortTime(e Event) time.Time {
	if !e.At.IsZero() {
		return e.At
	}
	return e.Date.AddDays(1).Time().Add(-time.Nanosecond)
}

// Filter says which events to keep: those of the kinds listed (every kind when empty) dated from From to
// To inclusive (either may be zero for no bound).
type Filter struct {
	Kinds    []Kind
	From, To hearth.Date
}

// Apply returns the events the filter keeps, in the same order.
func (f Filter) Apply(events []Event) []Event {
	var out []Event
	for _, e := range events {
		if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, e.Kind) {
			continue
		}
		if !f.From.IsZero() && e.Date.Before(f.From) {
			continue
		}
		if !f.To.IsZero() && e.Date.After(f.To) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// Latest returns the most recent event that stands (not recorded in error) on or before on, and false
// when there is none: "what happened last" on a caseload.
func Latest(events []Event, on hearth.Date) (Event, bool) {
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		if !e.RecordedInError && !e.Date.After(on) {
			return e, true
		}
	}
	return Event{}, false
}

// builder collects the events of one record.
type builder struct {
	names  Namer
	events []Event
}

// add records an event of a row; a zero date (a date not yet recorded) adds nothing.
func (b *builder) add(r hearth.Record, table string, d hearth.Date, at time.Time, kind Kind, title, detail string) {
	if d.IsZero() && !at.IsZero() {
		d = hearth.DateOf(at.UTC())
	}
	if !at.IsZero() && hearth.DateOf(at.UTC()) != d {
		at = time.Time{} // a fallback time (when it was recorded) of another day says nothing about this one
	}
	if d.IsZero() {
		return
	}
	b.events = append(b.events, Event{Date: d, At: at, Kind: kind, Title: title, Detail: strings.TrimSpace(detail),
		Table: table, RowID: r.ID, RecordedInError: r.Status == hearth.StatusRecordedInError, ErrorReason: r.ErrorReason})
}

func (b *builder) worker(id hearth.ID) string {
	if b.names == nil || id == 0 {
		return ""
	}
	return b.names.Worker(id)
}

func (b *builder) team(id hearth.ID) string {
	if b.names == nil || id == 0 {
		return ""
	}
	return b.names.Team(id)
}

func (b *builder) person(id hearth.ID) string {
	if b.names == nil || id == 0 {
		return ""
	}
	return b.names.Person(id)
}

// describe returns a code's description from its list, or the code itself when the list does not hold it.
func describe(list frontdoor.CodeList, code string) string {
	if d := list.Description(code); d != "" {
		return d
	}
	return code
}

// join joins the non-empty parts into sentences.
func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.TrimSuffix(p, ".")+".")
		}
	}
	return strings.Join(out, " ")
}

// by returns "By NAME" or "".
func by(name string) string {
	if name == "" {
		return ""
	}
	return "By " + name
}

// yesNo words an answer that may not have been recorded.
func yesNo(b *bool, yes, no string) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return yes
	}
	return no
}

// table is how the events of one table are found.
type table struct {
	name string
	add  func(b *builder, rec *store.ChildRecord)
}

// each returns a table entry for rows of type T, calling fn for every row.
func each[T any](name string, fn func(b *builder, row T)) table {
	return table{name: name, add: func(b *builder, rec *store.ChildRecord) {
		for _, r := range store.Rows[T](rec) {
			fn(b, r)
		}
	}}
}

// Tables returns the names of the tables the chronology reads, for the test that no table of a child's
// record is forgotten.
func Tables() []string {
	var out []string
	for _, t := range tables {
		out = append(out, t.name)
	}
	return out
}

// tables lists every table of a child's record with the events its rows give, in the order of the
// child's journey.
var tables = []table{
	each("contacts", func(b *builder, r frontdoor.Contact) {
		b.add(r.Record, "contacts", hearth.Date{}, r.ReceivedAt, KindFrontDoor, "Contact received",
			join(r.Summary, "From "+describe(frontdoor.ReferralSources, r.Source)+prefix(", ", r.SourceDetail)))
		if !r.DecidedAt.IsZero() {
			b.add(r.Record, "contacts", hearth.Date{}, r.DecidedAt, KindFrontDoor,
				"Contact decided: "+strings.ToLower(describe(frontdoor.ContactDecisions, r.Decision)),
				join(r.DecisionRationale, by(b.worker(r.DecidedBy))))
		}
	}),
	each("mash_checks", func(b *builder, r frontdoor.MASHCheck) {
		agency := describe(frontdoor.Agencies, r.Agency) + prefix(" (", r.AgencyName, ")")
		b.add(r.Record, "mash_checks", hearth.Date{}, r.AskedAt, KindFrontDoor, "MASH check sent to "+agency,
			join("Urgency "+r.RAG, "Due by "+r.DueBy.UTC().Format("2 January 2006 15:04"), by(b.worker(r.AskedBy))))
		if !r.AnsweredAt.IsZero() {
			b.add(r.Record, "mash_checks", hearth.Date{}, r.AnsweredAt, KindFrontDoor, "MASH check answered by "+agency,
				join(r.Response, by(r.AnsweredBy)))
		}
	}),
	each("cin_episodes", func(b *builder, r frontdoor.CINEpisode) {
		b.add(r.Record, "cin_episodes", r.ReferralDate, time.Time{}, KindReferral, "Referral received",
			join("From "+describe(frontdoor.ReferralSources, r.ReferralSource),
				prefix("Primary need: ", describe(frontdoor.PrimaryNeeds, r.PrimaryNeed)), prefix("Team: ", b.team(r.TeamID))))
		title := "Case closed"
		if r.ReferralNFA {
			title = "Referral closed with no further action"
		}
		b.add(r.Record, "cin_episodes", r.ClosureDate, time.Time{}, KindReferral, title,
			describe(frontdoor.ReasonsForClosure, r.ClosureReason))
	}),
	each("early_help_episodes", func(b *builder, r frontdoor.EarlyHelpEpisode) {
		b.add(r.Record, "early_help_episodes", r.StartDate, time.Time{}, KindReferral, "Early help started",
			join("Led by "+r.Organisation, by(b.worker(r.WorkerID))))
		b.add(r.Record, "early_help_episodes", r.AssessmentCompletedDate, time.Time{}, KindAssessment, "Early help assessment completed", "")
		b.add(r.Record, "early_help_episodes", r.EndDate, time.Time{}, KindReferral, "Early help ended",
			describe(frontdoor.EarlyHelpEndReasons, r.EndReason))
	}),
	each("involvements", func(b *builder, r workforce.Allocation) {
		role := describe(workforce.AllocationRoles, r.Role)
		b.add(r.Record, "involvements", r.StartDate, time.Time{}, KindAllocation, role+" allocated",
			join(b.worker(r.WorkerID), prefix("Team: ", b.team(r.TeamID))))
		b.add(r.Record, "involvements", r.EndDate, time.Time{}, KindAllocation, role+" allocation ended",
			join(b.worker(r.WorkerID), describe(workforce.SocialWorkerChangeReasons, r.EndReason)))
	}),
	each("cin_assessments", func(b *builder, r protection.Assessment) {
		b.add(r.Record, "cin_assessments", r.StartDate, time.Time{}, KindAssessment, "Assessment started", by(b.worker(r.WorkerID)))
		b.add(r.Record, "cin_assessments", r.SeenDate, time.Time{}, KindAssessment, "Child seen during assessment",
			yesNo(r.SeenAlone, "Seen alone", "Not seen alone"))
		b.add(r.Record, "cin_assessments", r.AuthorisationDate, time.Time{}, KindAssessment, "Assessment authorised",
			join(prefix("Outcome: ", describe(protection.AssessmentOutcomes, r.Outcome)), prefix("Factors: ", strings.Join(r.Factors, " ")),
				by(b.worker(r.AuthorisedBy))))
	}),
	each("assessment_household", func(b *builder, r protection.AssessmentHouseholdMember) {
		b.add(r.Record, "assessment_household", hearth.Date{}, r.RecordedAt, KindAssessment,
			considered(r.Considered)+" in the assessment: "+nameOr(b.person(r.MemberID), "a household member"), r.Note)
	}),
	each("strategy_discussions", func(b *builder, r protection.StrategyDiscussion) {
		b.add(r.Record, "strategy_discussions", hearth.Date{}, r.HeldAt, KindProtection, "Strategy discussion",
			join("Decision: "+describe(protection.StrategyDecisions, r.Decision), prefix("Agencies: ", strings.Join(r.Agencies, ", ")),
				prefix("Chaired by ", b.worker(r.ChairID))))
	}),
	each("s47_enquiry", func(b *builder, r protection.S47Enquiry) {
		b.add(r.Record, "s47_enquiry", r.StartDate, time.Time{}, KindProtection, "Section 47 enquiry started", by(b.worker(r.WorkerID)))
		b.add(r.Record, "s47_enquiry", r.EndDate, time.Time{}, KindProtection, "Section 47 enquiry concluded",
			join(describe(protection.S47Conclusions, r.Conclusion), yesNo(r.ICPCRequired, "An initial child protection conference is needed", "No conference needed")))
	}),
	each("s47_household", func(b *builder, r protection.S47HouseholdMember) {
		b.add(r.Record, "s47_household", hearth.Date{}, r.RecordedAt, KindProtection,
			considered(r.Considered)+" in the section 47 enquiry: "+nameOr(b.person(r.MemberID), "a household member"), r.Note)
	}),
	each("emergency_protection_episodes", func(b *builder, r protection.EmergencyProtection) {
		kind := describe(protection.EmergencyProtectionKinds, r.Kind)
		b.add(r.Record, "emergency_protection_episodes", r.StartDate, time.Time{}, KindProtection, kind+" began", r.Note)
		b.add(r.Record, "emergency_protection_episodes", r.EndDate, time.Time{}, KindProtection, kind+" ended", "")
	}),
	each("cp_conferences", func(b *builder, r protection.Conference) {
		title := "Review child protection conference"
		if r.Kind == protection.ConferenceInitial {
			title = "Initial child protection conference"
		}
		b.add(r.Record, "cp_conferences", r.ConferenceDate, time.Time{}, KindConference, title,
			join("Outcome: "+describe(protection.ConferenceOutcomes, r.Outcome), prefix("Categories: ", categories(r.Categories)),
				prefix("Chaired by ", b.worker(r.ChairID))))
	}),
	each("core_groups", func(b *builder, r protection.CoreGroup) {
		b.add(r.Record, "core_groups", r.MeetingDate, time.Time{}, KindConference, "Core group meeting", join(r.Notes))
	}),
	each("cin_plans", func(b *builder, r protection.CINPlan) {
		b.add(r.Record, "cin_plans", r.StartDate, time.Time{}, KindPlan, "Child in need plan started", "")
		b.add(r.Record, "cin_plans", r.EndDate, time.Time{}, KindPlan, "Child in need plan ended", "")
	}),
	each("cp_plans", func(b *builder, r protection.CPPlan) {
		where := ""
		if r.OtherLA {
			where = "Made by " + nameOr(r.OtherLAName, "another local authority")
		}
		b.add(r.Record, "cp_plans", r.StartDate, time.Time{}, KindPlan, "Child protection plan started",
			join(where, "Category: "+describe(protection.CategoriesOfAbuse, r.InitialCategory)))
		b.add(r.Record, "cp_plans", r.EndDate, time.Time{}, KindPlan, "Child protection plan ended",
			describe(protection.CPPlanEndReasons, r.EndReason))
	}),
	each("plans", func(b *builder, r protection.Plan) {
		b.add(r.Record, "plans", r.AgreedDate, time.Time{}, KindPlan, describe(protection.PlanKinds, r.Kind)+" agreed", r.Summary)
	}),
	each("plan_actions", func(b *builder, r protection.PlanAction) {
		title := "Plan action completed: "
		d := r.CompletedDate
		if d.IsZero() {
			title, d = "Plan action due: ", r.DueDate
		}
		b.add(r.Record, "plan_actions", d, time.Time{}, KindPlan, title+r.Action,
			join("Who: "+r.Who, "Status: "+strings.ReplaceAll(r.Status, "_", " "), r.Progress))
	}),
	each("visits", func(b *builder, r protection.Visit) {
		b.add(r.Record, "visits", r.VisitDate, time.Time{}, KindVisit, nameOr(describe(protection.VisitKinds, r.Kind), "Visit"),
			join(yesNo(r.ChildSeen, "Child seen", "Child not seen"), yesNo(r.SeenAlone, "Seen alone", ""), r.NotSeenReason,
				by(b.worker(r.WorkerID))))
	}),
	each("exploitation_risks", func(b *builder, r exploitation.ExploitationRisk) {
		b.add(r.Record, "exploitation_risks", r.Date, time.Time{}, KindExploitation,
			"Exploitation risk assessed: "+describe(exploitation.ExploitationKinds, r.Kind),
			join("Risk "+describe(exploitation.RiskLevels, r.Level), r.Summary, by(b.worker(r.AssessorID))))
	}),
	each("missing", func(b *builder, r exploitation.MissingEpisode) {
		title := "Went missing"
		if r.Kind == "A" {
			title = "Away from placement without authorisation"
		}
		b.add(r.Record, "missing", hearth.Date{}, r.StartTime, KindMissing, title, prefix("Police reference ", r.PoliceReference))
		b.add(r.Record, "missing", hearth.Date{}, r.EndTime, KindMissing, "Returned", "")
		b.add(r.Record, "missing", hearth.Date{}, r.RHIOfferedAt, KindMissing, "Return home interview offered",
			yesNo(r.RHIAccepted, "Accepted", "Declined"))
		b.add(r.Record, "missing", hearth.Date{}, r.RHIHeldAt, KindMissing, "Return home interview held",
			by(nameOr(b.worker(r.RHIWorkerID), r.RHIByName)))
	}),
	each("cla_episodes", func(b *builder, r care.Episode) {
		title := "Started to be looked after"
		switch r.ReasonNewEpisode {
		case "L":
			title = "Legal status changed"
		case "P":
			title = "Placement changed"
		case "T", "U", "B":
			title = "Legal status and placement changed"
		}
		b.add(r.Record, "cla_episodes", r.StartDate, time.Time{}, KindCare, title,
			join("Legal status "+r.LegalStatus+": "+describe(care.LegalStatuses, r.LegalStatus),
				"Placement "+r.PlacementType+": "+describe(care.PlacementTypes, r.PlacementType), r.ProviderName))
		if r.EndDate.IsZero() || r.ReasonCeased == "X1" {
			return // a new episode began the same day: its own start says what changed
		}
		b.add(r.Record, "cla_episodes", r.EndDate, time.Time{}, KindCare, "Stopped being looked after",
			r.ReasonCeased+": "+describe(care.ReasonsCeased, r.ReasonCeased))
	}),
	each("cla_reviews", func(b *builder, r care.Review) {
		b.add(r.Record, "cla_reviews", r.Date, time.Time{}, KindCare, "Looked-after review",
			join(describe(care.ReviewParticipation, r.Participation), prefix("Permanence plan: ", describe(care.PermanencePlans, r.PermanencePlan)),
				prefix("Chaired by ", b.worker(r.ChairID))))
	}),
	each("uasc", func(b *builder, r care.UASC) {
		b.add(r.Record, "uasc", r.StartDate, time.Time{}, KindCare, "Unaccompanied asylum-seeking child",
			describe(care.ImmigrationStatuses, r.ImmigrationStatus))
		b.add(r.Record, "uasc", r.CeasedDate, time.Time{}, KindCare, "No longer an unaccompanied asylum-seeking child", "")
	}),
	each("cla_health", func(b *builder, r care.HealthAssessment) {
		b.add(r.Record, "cla_health", r.Date, time.Time{}, KindHealth, nameOr(describe(care.HealthKinds, r.Kind), "Health check"),
			join(describe(care.HealthOutcomes, r.Outcome), by(r.ByWhom)))
	}),
	each("cla_immunisations", func(b *builder, r care.Immunisations) {
		title := "Immunisations up to date"
		if !r.UpToDate {
			title = "Immunisations not up to date"
		}
		b.add(r.Record, "cla_immunisations", r.Date, time.Time{}, KindHealth, title, "")
	}),
	each("sdq_scores", func(b *builder, r care.SDQ) {
		detail := describe(care.SDQReasons, r.Reason)
		if r.Score != nil {
			detail = fmt.Sprintf("Total difficulties score %d", *r.Score)
		}
		b.add(r.Record, "sdq_scores", r.Date, time.Time{}, KindHealth, "Strengths and Difficulties Questionnaire", detail)
	}),
	each("cla_substance_misuse", func(b *builder, r care.SubstanceMisuse) {
		b.add(r.Record, "cla_substance_misuse", r.Date, time.Time{}, KindHealth, "Substance misuse identified",
			join(r.Substance, yesNo(r.InterventionOffered, "Intervention offered", "No intervention offered"),
				yesNo(r.InterventionReceived, "Intervention received", "")))
	}),
	each("cla_convictions", func(b *builder, r care.Conviction) {
		b.add(r.Record, "cla_convictions", r.Date, time.Time{}, KindOffending, nameOr(describe(care.ConvictionKinds, r.Kind), "Conviction or caution"), r.Offence)
	}),
	each("cla_previous_permanence", func(b *builder, r care.PreviousPermanence) {
		b.add(r.Record, "cla_previous_permanence", r.PeriodStart, time.Time{}, KindCare, "Previous permanence recorded",
			describe(care.PreviousPermanenceOptions, r.Option))
	}),
	each("placed_for_adoption", func(b *builder, r care.PlacedForAdoption) {
		b.add(r.Record, "placed_for_adoption", r.DecisionDate, time.Time{}, KindCare, "Decision to place for adoption",
			prefix("Agency decision maker ", b.worker(r.DecisionMakerID)))
		b.add(r.Record, "placed_for_adoption", r.CeasedDate, time.Time{}, KindCare, "Decision to place for adoption reversed",
			describe(care.ReasonsPlacedCeased, r.CeasedReason))
	}),
	each("permanence", func(b *builder, r care.Adoption) {
		b.add(r.Record, "permanence", r.FFADecisionDate, time.Time{}, KindCare, "Decision to place in fostering for adoption", "")
		b.add(r.Record, "permanence", r.MatchedDate, time.Time{}, KindCare, "Matched with adopters", "")
	}),
	each("dolo", func(b *builder, r care.DeprivationOfLiberty) {
		b.add(r.Record, "dolo", r.StartDate, time.Time{}, KindCare, "Deprivation of liberty order made", r.Court)
		b.add(r.Record, "dolo", r.EndDate, time.Time{}, KindCare, "Deprivation of liberty order ended", "")
	}),
	each("peps", func(b *builder, r care.PersonalEducationPlan) {
		b.add(r.Record, "peps", r.Date, time.Time{}, KindCare, "Personal education plan meeting",
			join(r.School, prefix("Attended: ", strings.ReplaceAll(strings.Join(r.Attendees, ", "), "_", " "))))
	}),
	// The virtual school's register (branch care): PEP targets, schools and education status.
	each("pep_targets", func(b *builder, r care.PEPTarget) {
		// A target has no date of its own: it is shown when it was set or its spending last recorded.
		b.add(r.Record, "pep_targets", hearth.Date{}, r.RecordedAt, KindCare, "Personal education plan target: "+r.Target,
			join(describe(care.PEPTargetStatuses, r.Status), fmt.Sprintf("Pupil Premium Plus £%d allocated, £%d spent", r.Allocated, r.Spent), r.SpentOn))
	}),
	each("school_placements", func(b *builder, r care.SchoolPlacement) {
		b.add(r.Record, "school_placements", r.StartDate, time.Time{}, KindCare, "Joined "+nameOr(r.School, "a school"), "")
		b.add(r.Record, "school_placements", r.EndDate, time.Time{}, KindCare, "Left "+nameOr(r.School, "a school"), "")
	}),
	each("education_status", func(b *builder, r care.EducationStatus) {
		ehcp := "No education, health and care plan"
		if r.EHCP {
			ehcp = "Education, health and care plan"
		}
		b.add(r.Record, "education_status", r.Date, time.Time{}, KindCare, "Education status recorded",
			join(ehcp, yesNo(r.NEET, "Not in education, employment or training", "In education, employment or training")))
	}),
	// Staying put, private fostering and homeless 16 and 17 year olds (branch care2).
	each("staying_put", func(b *builder, r care.StayingPut) {
		b.add(r.Record, "staying_put", r.StartDate, time.Time{}, KindCare, "Began staying put with "+nameOr(r.Carer, "former foster carers"),
			describe(care.StayingPutCarerTypes, r.CarerType))
		b.add(r.Record, "staying_put", r.ReviewedDate, time.Time{}, KindCare, "Staying put arrangement reviewed", "")
		b.add(r.Record, "staying_put", r.EndDate, time.Time{}, KindCare, "Staying put ended", describe(care.StayingPutEndReasons, r.EndReason))
	}),
	each("private_fostering", func(b *builder, r care.PrivateFostering) {
		b.add(r.Record, "private_fostering", r.StartDate, time.Time{}, KindCare, "Began to live with a private foster carer", join(r.Carer, r.CarerRelation))
		b.add(r.Record, "private_fostering", r.NotifiedDate, time.Time{}, KindCare, "Private fostering arrangement notified", join(r.Carer, r.CarerRelation))
		b.add(r.Record, "private_fostering", r.InitialVisitDate, time.Time{}, KindVisit, "Private fostering: first visit",
			yesNo(r.SeenAlone, "Seen alone", "Not seen alone"))
		b.add(r.Record, "private_fostering", r.AssessedDate, time.Time{}, KindAssessment, "Private fostering arrangement assessed",
			yesNo(r.Suitable, "Suitable", "Not suitable"))
		b.add(r.Record, "private_fostering", r.EndDate, time.Time{}, KindCare, "Private fostering ended", describe(care.PrivateFosteringEndReasons, r.EndReason))
	}),
	each("private_fostering_visits", func(b *builder, r care.PrivateFosteringVisit) {
		seen := "Not seen alone"
		if r.SeenAlone {
			seen = "Seen alone"
		}
		b.add(r.Record, "private_fostering_visits", r.Date, time.Time{}, KindVisit, "Private fostering visit", join(seen, by(b.worker(r.WorkerID)), r.Notes))
	}),
	each("homeless_assessments", func(b *builder, r care.HomelessAssessment) {
		b.add(r.Record, "homeless_assessments", r.PresentedDate, time.Time{}, KindCare, "Presented as homeless",
			prefix("To ", strings.ToLower(describe(care.HomelessPresentedTo, r.PresentedTo))))
		b.add(r.Record, "homeless_assessments", r.AssessedDate, time.Time{}, KindAssessment, "Joint homelessness assessment completed",
			join(describe(care.HomelessOutcomes, r.Outcome), yesNo(r.JointHousing, "With housing", "Without housing")))
	}),
	each("care_leavers", func(b *builder, r leaving.CareLeaver) {
		b.add(r.Record, "care_leavers", r.StartDate, time.Time{}, KindLeavingCare,
			"Leaving care: "+strings.ToLower(describe(leaving.EligibilityCategories, r.Category)), r.Reason)
		b.add(r.Record, "care_leavers", r.EndDate, time.Time{}, KindLeavingCare, "Leaving care category ended", "")
	}),
	each("leaving_contacts", func(b *builder, r leaving.Contact) {
		b.add(r.Record, "leaving_contacts", hearth.Date{}, r.At, KindLeavingCare,
			"Contact with personal adviser ("+strings.ToLower(describe(leaving.ContactMethods, r.Method))+")",
			join(r.Summary, by(b.worker(r.WorkerID))))
	}),
	each("care_leaver_status", func(b *builder, r leaving.Status) {
		b.add(r.Record, "care_leaver_status", r.Date, time.Time{}, KindLeavingCare, "Care leaver's situation recorded",
			join("In touch: "+describe(leaving.InTouchCodes, r.InTouch), "Activity: "+describe(leaving.Activities, r.Activity),
				"Accommodation: "+describe(leaving.Accommodations, r.Accommodation)))
	}),
	each("leaving_needs_assessments", func(b *builder, r leaving.NeedsAssessment) {
		b.add(r.Record, "leaving_needs_assessments", r.StartDate, time.Time{}, KindLeavingCare, "Needs assessment started", by(b.worker(r.WorkerID)))
		b.add(r.Record, "leaving_needs_assessments", r.CompletedDate, time.Time{}, KindLeavingCare, "Needs assessment completed", "")
	}),
	each("pathway_plans", func(b *builder, r leaving.PathwayPlan) {
		b.add(r.Record, "pathway_plans", r.Date, time.Time{}, KindLeavingCare, "Pathway plan made", by(b.worker(r.WorkerID)))
	}),
	each("pathway_plan_reviews", func(b *builder, r leaving.PathwayPlanReview) {
		b.add(r.Record, "pathway_plan_reviews", r.Date, time.Time{}, KindLeavingCare, "Pathway plan reviewed", by(b.worker(r.ReviewerID)))
	}),
	// Leaving care's later tables (branch leaving): the health history, the care leavers panel and
	// transitions to adult services.
	each("leaving_health_histories", func(b *builder, r leaving.HealthHistory) {
		b.add(r.Record, "leaving_health_histories", r.Date, time.Time{}, KindLeavingCare, "Health history written", by(b.worker(r.WorkerID)))
		b.add(r.Record, "leaving_health_histories", r.SharedDate, time.Time{}, KindLeavingCare, "Health history given to the young person", "")
	}),
	each("care_leaver_panel_cases", func(b *builder, r leaving.PanelCase) {
		b.add(r.Record, "care_leaver_panel_cases", hearth.Date{}, r.RecordedAt, KindLeavingCare, "Discussed at the care leavers panel", join(r.Why, prefix("Support agreed: ", r.Support)))
	}),
	each("care_leaver_panel_actions", func(b *builder, r leaving.PanelAction) {
		b.add(r.Record, "care_leaver_panel_actions", hearth.Date{}, r.RecordedAt, KindLeavingCare, "Care leavers panel action agreed", join(r.Action, prefix("Owner: ", r.Owner)))
		b.add(r.Record, "care_leaver_panel_actions", r.CompletedDate, time.Time{}, KindLeavingCare, "Care leavers panel action done", r.Action)
	}),
	each("adult_transitions", func(b *builder, r leaving.AdultTransition) {
		service := describe(leaving.AdultServices, r.Service)
		b.add(r.Record, "adult_transitions", r.ReferredDate, time.Time{}, KindLeavingCare, "Referred to an adult service", service)
		b.add(r.Record, "adult_transitions", r.DecisionDate, time.Time{}, KindLeavingCare, "Adult service decided", service)
		b.add(r.Record, "adult_transitions", r.TransferDate, time.Time{}, KindLeavingCare, "Moved to the adult service", service)
	}),
	each("address", func(b *builder, r hearth.Address) {
		b.add(r.Record, "address", r.StartDate, time.Time{}, KindFamily, "Moved to "+nameOr(r.Postcode.String(), "a new address"),
			strings.ReplaceAll(r.Kind, "_", " "))
	}),
	each("relationships", func(b *builder, r hearth.Relationship) {
		b.add(r.Record, "relationships", r.StartDate, r.RecordedAt, KindFamily,
			"Relationship recorded: "+strings.ReplaceAll(r.Kind, "_", " ")+prefix(" of ", b.person(r.RelatedPersonID)), "")
	}),
	each("household_members", func(b *builder, r hearth.HouseholdMember) {
		name := nameOr(b.person(r.MemberID), "Someone")
		b.add(r.Record, "household_members", r.StartDate, r.RecordedAt, KindFamily, name+" joined the household", "")
		b.add(r.Record, "household_members", r.EndDate, time.Time{}, KindFamily, name+" left the household", "")
	}),
}

// prefix returns p + s + any suffixes, or "" when s is empty.
func prefix(p, s string, suffix ...string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return p + s + strings.Join(suffix, "")
}

func nameOr(name, otherwise string) string { return cmp.Or(name, otherwise) }

func considered(ok bool) string {
	if ok {
		return "Considered"
	}
	return "Not considered"
}

// categories words the categories of abuse.
func categories(codes hearth.Codes) string {
	var out []string
	for _, c := range codes {
		out = append(out, describe(protection.CategoriesOfAbuse, c))
	}
	return strings.Join(out, ", ")
}
