package care

import (
	"regexp"

	"hearth"
	"hearth/frontdoor"
)

// A child's adoption is recorded in three tables, each holding a fact once:
//
//   - placed_for_adoption: the agency decision maker's decision that the child should be placed for
//     adoption (the "best interests" decision), and, if it comes, the later decision that they should no
//     longer be, with the reason. The SSDA903 PlacedAdoption table is these rows; AD1 DATE_INT is the same
//     date as DATE_PLACED (rule 523 checks that other systems typed it twice alike), so it is stored once.
//   - adopters: a household of (prospective) adopters approved by the authority or its regional adoption
//     agency, through the two-stage approval process (Annex A List 11).
//   - permanence: what followed a decision for one child: matching, the adopters and the AD1 items about
//     them.
//
// The placement order date, the date placed for adoption and the adoption order date are not stored again:
// they are the start of the first episode with legal status E1, the start of the first episode with a
// placement type A3 to A6, and the end of the episode that ceased with reason E11 or E12.

// PlacedForAdoption is a decision that a child should be placed for adoption, and its reversal if it was
// reversed. A child may have more than one over time (a reversed decision followed by a new one); they must
// not overlap. SSD object: ssd_permanence.
type PlacedForAdoption struct {
	hearth.Record
	PersonID        hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"perm_person_id" doc:"The child"`
	DecisionDate    hearth.Date `db:"decision_date,notnull" ssd:"perm_adm_decision_date" dfe:"SSDA903 PlacedAdoption.DATE_PLACED; SSDA903 AD1.DATE_INT; Annex A List 10 Date of Decision that Child Should be Placed for Adoption" doc:"The date of the decision that the child should be placed for adoption (the agency decision maker's best interests decision)"`
	DecisionMakerID hearth.ID   `db:"decision_maker_id" ref:"professionals" doc:"The agency decision maker"`
	CeasedDate      hearth.Date `db:"ceased_date" ssd:"perm_decision_reversed_date" dfe:"SSDA903 PlacedAdoption.DATE_PLACED_CEASED; Annex A List 10 Date of Decision that Child Should No Longer be Placed for Adoption" doc:"The date of the decision that the child should no longer be placed for adoption; empty while the decision stands"`
	CeasedReason    string      `db:"ceased_reason" codes:"reason_placed_ceased" ssd:"perm_decision_reversed_reason" dfe:"SSDA903 PlacedAdoption.REASON_PLACED_CEASED; Annex A List 10 Reason Why Child No Longer Placed for Adoption" doc:"Why: RD1 the child's needs changed, RD2 the court did not make a placement order, RD3 adopters could not be found, RD4 any other reason"`
}

// Validate checks the row on its own: the child, the decision date, and that a reversal has both its date
// (no earlier than the decision) and its reason.
func (p PlacedForAdoption) Validate() error {
	c := check{what: "decision to place for adoption (placed_for_adoption)"}
	c.id("person_id", p.PersonID, "the child")
	c.date("decision_date", p.DecisionDate, "the date of the decision that the child should be placed for adoption (DATE_PLACED)")
	c.code("ceased_reason", p.CeasedReason, ReasonsPlacedCeased, "reason placed ceased (REASON_PLACED_CEASED)", false)
	c.order("the decision that they should be (DATE_PLACED)", p.DecisionDate, "ceased_date", "the decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED)", p.CeasedDate)
	c.both("ceased_date", !p.CeasedDate.IsZero(), "the date of the decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED)",
		"ceased_reason", p.CeasedReason != "", "the reason (REASON_PLACED_CEASED)")
	return c.err()
}

// Adopters is a household of prospective adopters going through, or having been through, assessment and
// approval by the authority or its regional adoption agency: registration of interest (the enquiry),
// stage 1 (pre-approval checks and preparation), the formal application, stage 2 (assessment) and approval.
// It is not about a child, so it has no person_id; the adopters themselves are people in the person table,
// from which Annex A List 11 takes each adopter's identifier, gender, ethnicity and disability. The dates
// matched, placed and adopted, and the number of children placed, are derived from the permanence rows that
// name the household and those children's episodes.
type Adopters struct {
	hearth.Record
	FirstAdopterID       hearth.ID   `db:"first_adopter_id,notnull" ref:"person" dfe:"Annex A List 11 Individual adopter identifier, Gender, Ethnicity, Disability (from person); Annex A List 11 Family identifier (the adopters row id, shared by both adopters)" doc:"The first (or only) adopter"`
	SecondAdopterID      hearth.ID   `db:"second_adopter_id" ref:"person" dfe:"Annex A List 11 Individual adopter identifier (second row)" doc:"The second adopter of a couple"`
	WorkerID             hearth.ID   `db:"worker_id" ref:"professionals" doc:"The adoption social worker assessing or supporting the household"`
	FosteringForAdoption bool        `db:"fostering_for_adoption" dfe:"Annex A List 11 Is the (prospective) adopter fostering for adoption?" doc:"The household is approved to foster for adoption or for concurrent planning"`
	EnquiryDate          hearth.Date `db:"enquiry_date,notnull" dfe:"Annex A List 11 Date enquiry received" doc:"The date the household's enquiry (registration of interest) was received"`
	Stage1Start          hearth.Date `db:"stage1_start" dfe:"Annex A List 11 Date Stage 1 started" doc:"Stage 1 (pre-approval) started"`
	Stage1End            hearth.Date `db:"stage1_end" dfe:"Annex A List 11 Date Stage 1 ended" doc:"Stage 1 ended"`
	ApplicationDate      hearth.Date `db:"application_date" dfe:"Annex A List 11 Date application submitted" doc:"The formal application to adopt was submitted"`
	Stage2Start          hearth.Date `db:"stage2_start" dfe:"Annex A List 11 Date Stage 2 started" doc:"Stage 2 (assessment) started"`
	Stage2End            hearth.Date `db:"stage2_end" dfe:"Annex A List 11 Date Stage 2 ended" doc:"Stage 2 ended"`
	ApprovalDate         hearth.Date `db:"approval_date" dfe:"Annex A List 11 Date application approved" doc:"The agency decision maker approved the household as suitable to adopt"`
	ChildrenApproved     int         `db:"children_approved" doc:"The number of children the household is approved for (0 until approved)"`
	LeftDate             hearth.Date `db:"left_date" dfe:"Annex A List 11 Date of leaving adoption process" doc:"The date the household left the adoption process before a child was placed"`
	LeftReason           string      `db:"left_reason" codes:"adopter_leaving_reason" dfe:"Annex A List 11 Reason for leaving adoption process (withdrew 1, on_hold 2, refused 3)" doc:"withdrew, on_hold or refused"`
}

// Validate checks the household on its own: the first adopter and enquiry date, two different adopters,
// the process dates in order (any stage may be skipped, as a fast track skips stage 1), approval with the
// number of children, and leaving with both its date and reason.
func (a Adopters) Validate() error {
	c := check{what: "adopter household (adopters)"}
	c.id("first_adopter_id", a.FirstAdopterID, "the first adopter")
	c.date("enquiry_date", a.EnquiryDate, "the date the enquiry was received")
	c.code("left_reason", a.LeftReason, AdopterLeavingReasons, "reason for leaving the adoption process", false)
	if a.SecondAdopterID != 0 && a.SecondAdopterID == a.FirstAdopterID {
		c.add("second_adopter_id", "the second adopter is the same person as the first")
	}
	steps := []struct {
		column, desc string
		d            hearth.Date
	}{
		{"enquiry_date", "the enquiry", a.EnquiryDate},
		{"stage1_start", "the start of stage 1", a.Stage1Start},
		{"stage1_end", "the end of stage 1", a.Stage1End},
		{"stage2_start", "the start of stage 2", a.Stage2Start},
		{"stage2_end", "the end of stage 2", a.Stage2End},
		{"approval_date", "approval", a.ApprovalDate},
	}
	last := -1
	for i, s := range steps {
		if s.d.IsZero() {
			continue
		}
		if last >= 0 {
			c.order(steps[last].desc, steps[last].d, s.column, s.desc, s.d)
		}
		last = i
	}
	if !a.Stage1End.IsZero() && a.Stage1Start.IsZero() {
		c.add("stage1_start", "stage 1 has an end date (%s) but no start date", a.Stage1End.UK())
	}
	if !a.Stage2End.IsZero() && a.Stage2Start.IsZero() {
		c.add("stage2_start", "stage 2 has an end date (%s) but no start date", a.Stage2End.UK())
	}
	c.order("the enquiry", a.EnquiryDate, "application_date", "the application", a.ApplicationDate)
	c.order("the application", a.ApplicationDate, "approval_date", "approval", a.ApprovalDate)
	c.order("the enquiry", a.EnquiryDate, "left_date", "leaving the process", a.LeftDate)
	switch {
	case a.ChildrenApproved < 0:
		c.add("children_approved", "the number of children approved for cannot be negative (%d)", a.ChildrenApproved)
	case !a.ApprovalDate.IsZero() && a.ChildrenApproved == 0:
		c.add("children_approved", "an approved household is approved for at least one child")
	case a.ApprovalDate.IsZero() && a.ChildrenApproved != 0:
		c.add("approval_date", "the household is approved for %d children but has no approval date", a.ChildrenApproved)
	}
	c.both("left_date", !a.LeftDate.IsZero(), "the date of leaving the adoption process", "left_reason", a.LeftReason != "", "the reason for leaving")
	return c.err()
}

// Adoption is what followed a decision that a child should be placed for adoption: the fostering for
// adoption decision, the match with prospective adopters, and the SSDA903 AD1 items about the adopters,
// which describe them as they were at the adoption order. The adopters may have been approved by another
// agency, so the AD1 items are recorded here rather than derived from an adopters row. SSD object:
// ssd_permanence (the SSD's one row per adoption journey is this row with its placed_for_adoption
// decision).
type Adoption struct {
	hearth.Record
	PersonID           hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"perm_person_id" doc:"The child"`
	DecisionID         hearth.ID   `db:"decision_id,notnull" ref:"placed_for_adoption" dfe:"SSDA903 AD1.DATE_INT (the decision's date)" doc:"The decision that the child should be placed for adoption that this follows"`
	FFADecisionDate    hearth.Date `db:"ffa_decision_date" ssd:"perm_ffa_cp_decision_date" doc:"The date of the decision to place the child in a fostering for adoption or concurrent planning placement (the placement itself is an episode with placement type U2 or U5)"`
	MatchedDate        hearth.Date `db:"matched_date" ssd:"perm_matched_date" dfe:"SSDA903 AD1.DATE_MATCH; Annex A List 10 Date of Matching Child and Prospective Adopters; Annex A List 11 Date adopter matched with child(ren)" doc:"The date the agency decision maker approved the match between the child and the prospective adopters"`
	AdoptersID         hearth.ID   `db:"adopters_id" ref:"adopters" dfe:"Annex A List 11 Date child/children placed with adopter(s) (derived: the earliest start of an A3 to A6 episode of the children matched with the household); Annex A List 11 No. of children placed (derived: how many of those children were placed); Annex A List 11 Date of Adoption Order (derived: the end of those children's E11 or E12 episodes)" doc:"The adopter household, when the authority or its regional adoption agency approved them"`
	WorkerID           hearth.ID   `db:"worker_id" ref:"professionals" ssd:"perm_adoption_worker_id" doc:"The child's adoption social worker"`
	ByFosterCarers     *bool       `db:"by_foster_carers" ssd:"perm_adopted_by_carer_flag" dfe:"SSDA903 AD1.FOSTER_CARE" doc:"The child was adopted by their former foster carer(s) (yes / no / not yet known)"`
	NumberOfAdopters   int         `db:"number_of_adopters" ssd:"perm_number_of_adopters" dfe:"SSDA903 AD1.NB_ADOPTR" doc:"1 or 2 adopters; 0 until recorded"`
	AdopterSex         string      `db:"adopter_sex" codes:"adopter_sex" ssd:"perm_adopter_sex" dfe:"SSDA903 AD1.SEX_ADOPTR" doc:"M1 single male, F1 single female, MM male couple, FF female couple, MF male and female couple"`
	AdopterLegalStatus string      `db:"adopter_legal_status" codes:"adopter_legal_status" ssd:"perm_adopter_legal_status" dfe:"SSDA903 AD1.LS_ADOPTR" doc:"L0 single, L11 married different sexes, L12 married same sex, L2 civil partners, L3 unmarried different sexes, L4 unmarried same sex"`
}

// Validate checks the row on its own: the child and decision, the AD1 codes, and that the AD1 items about
// the adopters are all recorded or all left empty and agree with each other (one adopter is single; a
// couple's sexes fit their legal status).
func (a Adoption) Validate() error {
	c := check{what: "adoption (permanence)"}
	c.id("person_id", a.PersonID, "the child")
	c.id("decision_id", a.DecisionID, "the decision that the child should be placed for adoption")
	c.code("adopter_sex", a.AdopterSex, AdopterSexes, "adopters' sex (SEX_ADOPTR)", false)
	c.code("adopter_legal_status", a.AdopterLegalStatus, AdopterLegalStatuses, "adopters' legal status (LS_ADOPTR)", false)
	if a.NumberOfAdopters < 0 || a.NumberOfAdopters > 2 {
		c.add("number_of_adopters", "the number of adopters (NB_ADOPTR) is 1 or 2, not %d", a.NumberOfAdopters)
	}
	items := []struct {
		column, item string
		set          bool
	}{
		{"by_foster_carers", "FOSTER_CARE", a.ByFosterCarers != nil},
		{"number_of_adopters", "NB_ADOPTR", a.NumberOfAdopters != 0},
		{"adopter_sex", "SEX_ADOPTR", a.AdopterSex != ""},
		{"adopter_legal_status", "LS_ADOPTR", a.AdopterLegalStatus != ""},
	}
	given := 0
	for _, it := range items {
		if it.set {
			given++
		}
	}
	if given == 0 {
		return c.err()
	}
	if given < len(items) {
		for _, it := range items {
			if !it.set {
				c.add(it.column, "%s is missing: the AD1 items about the adopters (FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) are recorded together or not at all", it.item)
			}
		}
		return c.err()
	}
	single := a.NumberOfAdopters == 1
	switch {
	case single != (a.AdopterSex == "M1" || a.AdopterSex == "F1"):
		c.add("adopter_sex", "%d adopter(s) cannot have the sex code %s", a.NumberOfAdopters, a.AdopterSex)
	case single != (a.AdopterLegalStatus == "L0"):
		c.add("adopter_legal_status", "%d adopter(s) cannot have the legal status %s", a.NumberOfAdopters, a.AdopterLegalStatus)
	case (a.AdopterLegalStatus == "L11" || a.AdopterLegalStatus == "L3") && a.AdopterSex != "MF":
		c.add("adopter_sex", "adopters of legal status %s are a couple of different sexes (MF), not %s", a.AdopterLegalStatus, a.AdopterSex)
	case (a.AdopterLegalStatus == "L12" || a.AdopterLegalStatus == "L4") && a.AdopterSex != "MM" && a.AdopterSex != "FF":
		c.add("adopter_sex", "adopters of legal status %s are a same-sex couple (MM or FF), not %s", a.AdopterLegalStatus, a.AdopterSex)
	}
	return c.err()
}

// PreviousPermanence records, for a period of care, whether the child had a permanence option before it
// (adoption, special guardianship, a residence or child arrangements order), where and when: the SSDA903
// PrevPerm table, asked of every child who starts a period of care. When only part of the order's date is
// known the DfE allows the unknown parts to be returned as zz; OrderDateKnown says which. SSD object:
// ssd_cla_previous_permanence.
type PreviousPermanence struct {
	hearth.Record
	PersonID       hearth.ID   `db:"person_id,notnull" ref:"person" ssd:"lapp_person_id" doc:"The child"`
	PeriodStart    hearth.Date `db:"period_start,notnull" doc:"The start of the period of care this was recorded for (the DECOM of its first episode)"`
	Option         string      `db:"permanence_option,notnull" codes:"previous_permanence" ssd:"lapp_previous_permanence_option" dfe:"SSDA903 PrevPerm.PREV_PERM" doc:"P1 adoption, P2 special guardianship order, P3 residence or child arrangements order, P4 unknown, Z1 no previous permanence option"`
	LACode         string      `db:"la_code" ssd:"lapp_previous_permanence_la" dfe:"SSDA903 PrevPerm.LA_PERM" doc:"The DfE three-digit code of the local authority that arranged the order, or NIR, WAL, SCO, NUK (outside the UK) or 999 (not known)"`
	OrderDate      hearth.Date `db:"order_date" ssd:"lapp_previous_permanence_order_date" dfe:"SSDA903 PrevPerm.DATE_PERM" doc:"The date of the previous permanence order; when only the month or year is known, the first day of it"`
	OrderDateKnown string      `db:"order_date_known" codes:"date_precision" dfe:"SSDA903 PrevPerm.DATE_PERM (zz for unknown parts)" doc:"How much of the order date is known: day (all of it), month (month and year) or year"`
}

// DatePrecisions is the local code list saying how much of a partly known date is known.
var DatePrecisions = frontdoor.CodeList{
	{Code: "day", Description: "The whole date is known"},
	{Code: "month", Description: "Only the month and year are known"},
	{Code: "year", Description: "Only the year is known"},
}

var laPermCode = regexp.MustCompile(`^([0-9]{3}|NIR|WAL|SCO|NUK)$`)

// Validate checks the row on its own: the child, the period, the option, and the order's authority and date
// (before the period of care began) given only when there was a previous permanence option.
func (p PreviousPermanence) Validate() error {
	c := check{what: "previous permanence (cla_previous_permanence)"}
	c.id("person_id", p.PersonID, "the child")
	c.date("period_start", p.PeriodStart, "the start of the period of care")
	c.code("permanence_option", p.Option, PreviousPermanenceOptions, "previous permanence option (PREV_PERM)", true)
	c.code("order_date_known", p.OrderDateKnown, DatePrecisions, "date precision", false)
	c.order("the previous permanence order (DATE_PERM)", p.OrderDate, "period_start", "the start of the period of care", p.PeriodStart)
	if p.Option == "Z1" && p.LACode != "" {
		c.add("la_code", "no local authority (LA_PERM) is recorded when the child had no previous permanence option (Z1)")
	}
	if p.Option == "Z1" && !p.OrderDate.IsZero() {
		c.add("order_date", "no order date (DATE_PERM) is recorded when the child had no previous permanence option (Z1)")
	}
	if p.LACode != "" && !laPermCode.MatchString(p.LACode) {
		c.add("la_code", "%q is not a three-digit local authority code, NIR, WAL, SCO, NUK or 999 (LA_PERM)", p.LACode)
	}
	c.both("order_date", !p.OrderDate.IsZero(), "the order date (DATE_PERM)", "order_date_known", p.OrderDateKnown != "", "how much of the order date is known (day, month or year)")
	return c.err()
}
