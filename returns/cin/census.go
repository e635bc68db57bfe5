// Package cin reads the Children in Need census return (the DfE's CIN census XML), checks it against the
// DfE's validation rules for the collection years Hearth supports, and reports what it finds.
//
// The return is read into plain Go values (Census, Child, Episode, ...) once, in one pass over the XML,
// and every rule then works over those values, so a whole authority's return validates in milliseconds.
// Codes are kept as the text the file holds, because several rules exist to say that a code is missing or
// not in its list; dates are parsed when read, because no rule can say anything useful about a date that
// is not a date.
package cin

import "hearth"

// Census is one CIN census return: the header and every child in it.
type Census struct {
	Header   Header
	Children []Child
}

// Header is the return's header: which collection it is, the reference date (31 March at the end of the
// collection year) and the authority that sent it.
type Header struct {
	Line          int // the line of <Header>, 0 when the file has none
	Collection    string
	Year          string
	ReferenceDate hearth.Date
	LEA           string
	SoftwareCode  string
	Release       string
	SerialNo      string
	DateTime      string
}

// Child is one child in the return with their identifiers, characteristics and every CIN episode.
//
// Sex is the 2024/25 item (M, F or U). The 2024 schema Hearth was given names the item GenderCurrent
// (1, 2, 0 or 9); a file may carry either, and GenderCurrent holds the older one as written.
type Child struct {
	Line int // the line of <Child>
	Row  int // the 0-based row of the ChildIdentifiers table, which is the child's position in the file

	LAchildID               string
	UPN                     string
	FormerUPN               string
	UPNunknown              string
	PersonBirthDate         hearth.Date
	ExpectedPersonBirthDate hearth.Date
	Sex                     string
	GenderCurrent           string
	PersonDeathDate         hearth.Date

	Ethnicity    string
	Disabilities []Disability

	Episodes []Episode // the CINdetails blocks, in file order
}

// Disability is one Disability code of a child.
type Disability struct {
	Line int
	Row  int // the 0-based row of the Disabilities table
	Code string
}

// Episode is one CINdetails block: a referral and what followed it, to its closure.
type Episode struct {
	Line int
	Row  int // the 0-based row of the CINdetails table

	CINreferralDate  hearth.Date
	ReferralSource   string
	PrimaryNeedCode  string
	CINclosureDate   hearth.Date
	ReasonForClosure string
	DateOfInitialCPC hearth.Date
	ReferralNFA      string // as written: true, false, 1, 0 (any case), or something invalid

	Assessments []Assessment
	CINPlans    []CINPlan
	Section47s  []Section47
	CPPlans     []CPPlan
}

// Assessment is one Assessments block: a child and family assessment and the factors it identified.
type Assessment struct {
	Line int
	Row  int // the 0-based row of the Assessments table (one row per assessment)

	ActualStartDate    hearth.Date
	InternalReviewDate hearth.Date
	AuthorisationDate  hearth.Date
	Factors            []string
}

// CINPlan is one CINPlanDates block.
type CINPlan struct {
	Line      int
	Row       int // the 0-based row of the CINplanDates table
	StartDate hearth.Date
	EndDate   hearth.Date
}

// Section47 is one Section47 block: an enquiry and its initial child protection conference.
type Section47 struct {
	Line int
	Row  int // the 0-based row of the Section47 table

	ActualStartDate  hearth.Date
	InitialCPCtarget hearth.Date
	DateOfInitialCPC hearth.Date
	ICPCnotRequired  string // as written, like ReferralNFA
}

// CPPlan is one ChildProtectionPlans block with every review date it lists.
type CPPlan struct {
	Line int
	Row  int // the 0-based row of the ChildProtectionPlans table

	StartDate              hearth.Date
	EndDate                hearth.Date
	InitialCategoryOfAbuse string
	LatestCategoryOfAbuse  string
	NumberOfPreviousCPP    string // as written: rule 8730 reports it missing
	Reviews                []Review
}

// Review is one CPPreviewDate. Every date of a Reviews block is kept (the DfE's Python reader keeps only
// the first, so rules about reviews see fewer reviews there). A CPPreviewDate element with no text is kept
// with a zero Date, which is what rule 8842Q reports.
type Review struct {
	Line int
	Row  int // the 0-based row of the Reviews table (one row per CPPreviewDate)
	Date hearth.Date
}

// Open reports whether the episode has no closure date.
func (e *Episode) Open() bool { return e.CINclosureDate.IsZero() }

// NFA reports whether the referral led to no further action. ok is false when ReferralNFA is not one of
// the schema's values, which rule 8568 reports; callers treat such an episode as neither.
func (e *Episode) NFA() (nfa, ok bool) { return yesNo(e.ReferralNFA) }

// yesNo reads the schema's yes/no type: true, false, TRUE, FALSE, 1 or 0. Any other case of true and
// false is accepted as well, since the DfE's validator lower-cases before comparing.
func yesNo(s string) (yes, ok bool) {
	switch s {
	case "1", "true", "TRUE", "True":
		return true, true
	case "0", "false", "FALSE", "False":
		return false, true
	}
	return false, false
}

// Renumber gives every block the 0-based row of its table that Read would give it, in document order.
// A return built in Go (the synthetic authority, an export from the record) calls it before it is
// validated, so that its findings name the rows of the file it would be written as.
func (c *Census) Renumber() {
	var rows struct{ dis, ep, as, pl, s47, cpp, rev int }
	for i := range c.Children {
		ch := &c.Children[i]
		ch.Row = i
		for j := range ch.Disabilities {
			ch.Disabilities[j].Row = rows.dis
			rows.dis++
		}
		for j := range ch.Episodes {
			e := &ch.Episodes[j]
			e.Row = rows.ep
			rows.ep++
			for k := range e.Assessments {
				e.Assessments[k].Row = rows.as
				rows.as++
			}
			for k := range e.CINPlans {
				e.CINPlans[k].Row = rows.pl
				rows.pl++
			}
			for k := range e.Section47s {
				e.Section47s[k].Row = rows.s47
				rows.s47++
			}
			for k := range e.CPPlans {
				p := &e.CPPlans[k]
				p.Row = rows.cpp
				rows.cpp++
				for r := range p.Reviews {
					p.Reviews[r].Row = rows.rev
					rows.rev++
				}
			}
		}
	}
}
