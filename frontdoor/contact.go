package frontdoor

import (
	"time"

	"hearth"
)

// TriageMeeting is a meeting of the multi-agency safeguarding hub at which partner agencies and the front
// door consider the contacts of the day together and decide what happens to them (often called the MASH
// daily meeting or triage). It is kept as its own row because one meeting decides many children's
// contacts; each contact it decided points at it. It is not part of any one child's record, so it holds
// no names of children.
type TriageMeeting struct {
	hearth.Record
	HeldAt   time.Time    `db:"held_at,notnull" doc:"When the meeting started"`
	ChairID  hearth.ID    `db:"chair_id" ref:"professionals" doc:"The manager who chaired the meeting"`
	TeamID   hearth.ID    `db:"team_id" ref:"department" doc:"The front door or MASH team that held the meeting"`
	Agencies hearth.Codes `db:"agencies" codes:"agency" doc:"The partner agencies that took part, space separated: police, health, education, gp, probation, housing, adult_services, youth_justice, other"`
	Notes    string       `db:"notes" doc:"Anything about the meeting as a whole, such as agencies that were expected but absent"`
}

// Validate checks that the meeting has a time and that its agencies are known codes.
func (m TriageMeeting) Validate() error {
	c := check{what: "triage meeting"}
	c.time("held_at", m.HeldAt, "when the meeting started")
	c.codes("agencies", m.Agencies, Agencies)
	return c.err()
}

// Contact is a piece of information that arrives at the front door about a child: a call from a school,
// a police notification, a worried neighbour, a health visitor's email. Within one working day someone
// decides, against the local threshold document and with consent considered, what happens next. One row
// is one child: a contact about three siblings is three rows, as Annex A List 1 counts children.
//
// The decision is kept on the contact (decision, decided_at, decided_by) because the timeliness of the
// decision is itself a measure and a duty. When the decision is a referral, the CIN episode it opens
// points back here through cin_episodes.contact_id; the contact keeps no forward link, so there is one
// place that says which contact led to which referral.
type Contact struct {
	hearth.Record
	PersonID                  hearth.ID    `db:"person_id,notnull" ref:"person" ssd:"cont_person_id" doc:"The child the contact is about"`
	ReceivedAt                time.Time    `db:"received_at,notnull" ssd:"cont_contact_date" dfe:"Annex A List 1 Date of Contact (the date in England of this moment)" doc:"When the contact was received by the front door; the one working day for a decision runs from here"`
	Source                    string       `db:"source,notnull" codes:"referral_source" ssd:"cont_contact_source_code" dfe:"Annex A List 1 Contact Source" doc:"Who made the contact, as a CIN referral source code: 1A to 1D individuals, 2A schools, 2B education, 3A to 3F health, 4 housing, 5A to 5D LA services, 6 police, 7 other legal agency, 8 other, 9 anonymous, 10 unknown"`
	SourceDetail              string       `db:"source_detail" ssd:"cont_contact_source_desc" doc:"The person or organisation who made the contact, e.g. the name of the school or the police officer"`
	Summary                   string       `db:"summary,notnull" doc:"What the contact is about, in the words of the person who took it"`
	Reasons                   hearth.Codes `db:"reasons" codes:"contact_reason" doc:"What the contact is about as local codes, space separated, e.g. domestic_abuse neglect"`
	DomesticAbuseNotification bool         `db:"domestic_abuse_notification" doc:"The contact is a police notification of a domestic abuse incident in the child's household"`
	Consent                   string       `db:"consent,notnull" codes:"contact_consent" doc:"How consent to share and check information was considered: given, not_needed, refused_overridden"`
	ConsentReason             string       `db:"consent_reason" doc:"Why consent was not needed or was overridden; required unless consent was given"`
	ThresholdLevel            string       `db:"threshold_level" codes:"threshold_level" doc:"The level of need under the local threshold document, as the code configured for that level (e.g. level_3); required once a decision is made"`
	Decision                  string       `db:"decision" codes:"contact_decision" ssd:"cont_contact_outcome_json" doc:"What was decided: no_further_action, information_advice, early_help, referral, existing_case, strategy_discussion; empty while awaiting a decision"`
	DecisionRationale         string       `db:"decision_rationale" doc:"Why, with reference to the threshold document and what the checks found"`
	DecidedAt                 time.Time    `db:"decided_at" doc:"When the decision was made; the timeliness measure compares it with received_at in working days"`
	DecidedBy                 hearth.ID    `db:"decided_by" ref:"professionals" doc:"The manager or worker who made the decision"`
	TriageMeetingID           hearth.ID    `db:"triage_meeting_id" ref:"triage_meetings" doc:"The MASH triage meeting that decided the contact, when one did"`
}

// Validate checks the contact on its own: who it is about, when it came and from whom, how consent was
// considered, and that a decision, once made, says when, by whom and at what threshold level.
func (r Contact) Validate() error {
	c := check{what: "contact"}
	c.id("person_id", r.PersonID, "the child the contact is about")
	c.time("received_at", r.ReceivedAt, "when the contact was received")
	c.requiredCode("source", r.Source, ReferralSources, "who made the contact")
	c.text("summary", r.Summary, "what the contact is about")
	c.codes("reasons", r.Reasons, ContactReasons)
	c.requiredCode("consent", r.Consent, ConsentOptions, "how consent was considered")
	if r.Consent != "" && r.Consent != ConsentGiven {
		c.text("consent_reason", r.ConsentReason, "why consent was not needed or was overridden")
	}
	c.code("decision", r.Decision, ContactDecisions)
	if r.Decision != "" {
		c.time("decided_at", r.DecidedAt, "when the decision was made")
		c.id("decided_by", r.DecidedBy, "who made the decision")
		c.text("threshold_level", r.ThresholdLevel, "the level of need under the threshold document")
	} else if !r.DecidedAt.IsZero() {
		c.add("decided_at is recorded but decision is empty")
	}
	c.orderTime("received_at", r.ReceivedAt, "decided_at", r.DecidedAt)
	return c.err()
}

// MASHCheck is a request from the multi-agency safeguarding hub to a partner agency for what it knows
// about a child and family, and the agency's answer. Each agency asked is one row, so that the hub can see
// which answers are outstanding and overdue, and a measure can say how many contacts were decided with
// the police, health, education and GP information in hand. Partner agency users answer these rows and
// nothing else.
type MASHCheck struct {
	hearth.Record
	PersonID         hearth.ID `db:"person_id,notnull" ref:"person" doc:"The child the request is about (the contact's child)"`
	ContactID        hearth.ID `db:"contact_id,notnull" ref:"contacts" doc:"The contact the request was made for"`
	Agency           string    `db:"agency,notnull" codes:"agency" doc:"The agency asked: police, health, education, gp, probation, housing, adult_services, youth_justice, other"`
	AgencyName       string    `db:"agency_name" doc:"The organisation asked, e.g. the name of the school or GP practice"`
	Question         string    `db:"question" since:"00008" doc:"What the agency is asked, in words the agency can act on without the rest of the child's record: the concern in brief and what the hub needs to know"`
	RAG              string    `db:"rag,notnull" codes:"rag_rating" doc:"The urgency given to the request, which sets due_by under the local MASH protocol: red, amber, green"`
	AskedAt          time.Time `db:"asked_at,notnull" doc:"When the request was sent"`
	AskedBy          hearth.ID `db:"asked_by" ref:"professionals" doc:"The front door worker who sent the request"`
	DueBy            time.Time `db:"due_by,notnull" doc:"When the answer is due, from the RAG rating and the local MASH protocol"`
	AnsweredAt       time.Time `db:"answered_at" doc:"When the agency answered; empty while outstanding"`
	AnsweredBy       string    `db:"answered_by" doc:"The name and role of the person who answered for the agency"`
	AnsweredByUserID hearth.ID `db:"answered_by_user_id" ref:"users" doc:"The partner agency user who answered in Hearth, when the answer was given there rather than by phone or email"`
	Response         string    `db:"response" doc:"What the agency knows and said, as they gave it"`
}

// Validate checks the request and, once answered, that the answer says who gave it and what it was.
func (r MASHCheck) Validate() error {
	c := check{what: "MASH check"}
	c.id("person_id", r.PersonID, "the child the request is about")
	c.id("contact_id", r.ContactID, "the contact the request was made for")
	c.requiredCode("agency", r.Agency, Agencies, "the agency asked")
	c.requiredCode("rag", r.RAG, RAGRatings, "the urgency of the request")
	c.time("asked_at", r.AskedAt, "when the request was sent")
	c.time("due_by", r.DueBy, "when the answer is due")
	c.orderTime("asked_at", r.AskedAt, "due_by", r.DueBy)
	c.orderTime("asked_at", r.AskedAt, "answered_at", r.AnsweredAt)
	if !r.AnsweredAt.IsZero() {
		if r.AnsweredBy == "" && r.AnsweredByUserID == 0 {
			c.add("answered_by (who answered for the agency) is required once answered_at is recorded")
		}
		c.text("response", r.Response, "what the agency said")
	} else if r.Response != "" {
		c.add("response is recorded but answered_at is empty")
	}
	return c.err()
}
