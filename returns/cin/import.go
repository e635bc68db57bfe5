package cin

import (
	"fmt"
	"slices"

	"hearth"
	"hearth/frontdoor"
	"hearth/protection"
	"hearth/returns/ssda903"
)

// Importing a census (a legacy system's, so an authority can move to Hearth with its history) is planned
// here in plain Go and written by the store in one transaction (store.DB.ImportCIN), as the SSDA903's
// is: PlanImport compares each child and CIN episode of the census with what the record holds and plans
// only the inserts and amendments that make the record give them back when the year is exported, so
// importing the same census twice plans nothing the second time. A row the record cannot take is
// reported with its file, table, row, line, child and reason rather than half taken.
//
// This first part imports the children, their CIN episodes and the episodes' assessments and CIN plans;
// an episode's section 47 enquiries and child protection plans are reported as not imported, so nothing is lost
// without a word.

// ImportStep is one write of a plan and ImportProblem a row not imported, as the SSDA903 import's are,
// so that the store writes and the command reports both imports the same way.
type (
	ImportStep    = ssda903.ImportStep
	ImportProblem = ssda903.ImportProblem
)

// ImportPlan is the writes an import makes and the rows it could not import.
type ImportPlan struct {
	Year     int
	Steps    []ImportStep
	Problems []ImportProblem
	Children int // children of the census whose rows were looked at
	New      int // children new to the record
}

// ImportState is what the record already holds that an import must not duplicate.
type ImportState struct {
	People      map[string]hearth.Person // every person with an LA child id, by it
	Episodes    []frontdoor.CINEpisode   // every CIN episode that stands
	Assessments []*protection.Assessment // every assessment that stands
	CINPlans    []*protection.CINPlan    // every CIN plan that stands
}

const importReason = "Imported from the CIN census"

// unnamed is the forename of a person an import makes, since a census has no names.
const unnamed = "Name not known"

// importer holds a plan being made.
type importer struct {
	c        *Census
	file     string
	st       *ImportState
	plan     *ImportPlan
	episodes map[hearth.ID][]*frontdoor.CINEpisode
}

// PlanImport plans the import of census c (read from file) into the record.
func PlanImport(c *Census, file string, st *ImportState) *ImportPlan {
	im := &importer{c: c, file: file, st: st, plan: &ImportPlan{}, episodes: map[hearth.ID][]*frontdoor.CINEpisode{}}
	im.plan.Year = c.Header.ReferenceDate.Year()
	for i := range st.Episodes {
		e := &st.Episodes[i]
		im.episodes[e.PersonID] = append(im.episodes[e.PersonID], e)
	}
	done := map[string]bool{}
	for i := range c.Children {
		ch := &c.Children[i]
		if done[ch.LAchildID] {
			im.problem("ChildIdentifiers", ch.Row, ch.Line, ch.LAchildID, "a second Child block of the child; the first was imported")
			continue
		}
		done[ch.LAchildID] = true
		im.plan.Children++
		im.child(ch)
	}
	return im.plan
}

func (im *importer) problem(table string, row, line int, child, format string, args ...any) {
	im.plan.Problems = append(im.plan.Problems, ImportProblem{File: im.file, Table: table, Row: row, Line: line,
		Child: child, Reason: fmt.Sprintf(format, args...)})
}

// child plans the import of one child: the person, then their episodes.
func (im *importer) child(ch *Child) {
	la, err := hearth.ParseLAChildID(ch.LAchildID)
	if err != nil {
		im.problem("ChildIdentifiers", ch.Row, ch.Line, ch.LAchildID, "LAchildID: %s; none of the child's rows were imported", hearth.ErrorMessage(err))
		return
	}
	p, known := im.st.People[la.String()]
	before := p
	p.LAChildID, p.IsChild = la, true
	p.BirthDate, p.ExpectedBirthDate, p.DeathDate = ch.PersonBirthDate, ch.ExpectedPersonBirthDate, ch.PersonDeathDate
	p.Ethnicity, p.UPNUnknown = ch.Ethnicity, ch.UPNunknown
	p.Gender = ch.GenderCurrent
	if ch.GenderCurrent == "" {
		p.Gender = map[string]string{"M": "1", "F": "2", "U": "0"}[ch.Sex]
	}
	if p.Gender == before.Sex && before.Gender == "" {
		p.Gender = "" // the export gives the SSDA903's sex when the record has no CIN gender
	}
	p.UPN, p.FormerUPN = hearth.UPN{}, hearth.UPN{}
	if ch.UPN != "" {
		if p.UPN, err = hearth.ParseUPN(ch.UPN); err != nil {
			im.problem("ChildIdentifiers", ch.Row, ch.Line, ch.LAchildID, "UPN %q: %s; it was not recorded", ch.UPN, hearth.ErrorMessage(err))
		}
	}
	if ch.FormerUPN != "" {
		if p.FormerUPN, err = hearth.ParseUPN(ch.FormerUPN); err != nil {
			im.problem("ChildIdentifiers", ch.Row, ch.Line, ch.LAchildID, "FormerUPN %q: %s; it was not recorded", ch.FormerUPN, hearth.ErrorMessage(err))
		}
	}
	p.Disabilities = nil
	for _, d := range ch.Disabilities {
		p.Disabilities = append(p.Disabilities, d.Code)
	}
	if !known {
		p.Forename, p.Surname = unnamed, "Child "+la.String()
	}
	person := &p
	switch {
	case !known:
		im.plan.New++
		im.plan.Steps = append(im.plan.Steps, ImportStep{Row: person})
	case p.IsChild != before.IsChild || p.BirthDate != before.BirthDate || p.ExpectedBirthDate != before.ExpectedBirthDate ||
		p.DeathDate != before.DeathDate || p.Ethnicity != before.Ethnicity || p.Gender != before.Gender ||
		p.UPN != before.UPN || p.FormerUPN != before.FormerUPN || p.UPNUnknown != before.UPNUnknown ||
		!slices.Equal(p.Disabilities, before.Disabilities):
		im.plan.Steps = append(im.plan.Steps, ImportStep{Row: person, Amend: true, Reason: importReason})
	}
	for i := range ch.Episodes {
		im.episode(ch, &ch.Episodes[i], person)
	}
}

// episode plans one CIN episode: the one of the child's that starts on the same referral date is
// amended to match, or a new one inserted.
func (im *importer) episode(ch *Child, e *Episode, person *hearth.Person) {
	nfa, ok := e.NFA()
	if !ok {
		im.problem("CINdetails", e.Row, e.Line, ch.LAchildID, "ReferralNFA %q is not true or false; the episode was not imported", e.ReferralNFA)
		return
	}
	var ep frontdoor.CINEpisode
	var before *frontdoor.CINEpisode
	for _, have := range im.episodes[person.ID] {
		if person.ID != 0 && have.ReferralDate == e.CINreferralDate {
			before, ep = have, *have
			break
		}
	}
	ep.ReferralDate, ep.ReferralSource, ep.PrimaryNeed, ep.ReferralNFA = e.CINreferralDate, e.ReferralSource, e.PrimaryNeedCode, nfa
	if !e.CINclosureDate.IsZero() || before == nil || !before.ClosureDate.After(im.c.Header.ReferenceDate) {
		// A closure after the reference date is not in the census, so its absence is no news.
		ep.ClosureDate, ep.ClosureReason = e.CINclosureDate, e.ReasonForClosure
	}
	ep.PersonID = 1
	err := ep.Validate()
	ep.PersonID = person.ID
	if err != nil {
		im.problem("CINdetails", e.Row, e.Line, ch.LAchildID, "%s; the episode was not imported", hearth.ErrorMessage(err))
		return
	}
	row := &ep
	switch {
	case before == nil:
		im.plan.Steps = append(im.plan.Steps, ImportStep{Row: row, Link: func() { row.PersonID = person.ID }})
	case ep != *before:
		im.plan.Steps = append(im.plan.Steps, ImportStep{Row: row, Amend: true, Reason: importReason})
	}
	im.assessments(ch, e, person, row)
	im.cinPlans(ch, e, person, row)
	n := len(e.Section47s) + len(e.CPPlans)
	if n > 0 || !e.DateOfInitialCPC.IsZero() {
		im.problem("CINdetails", e.Row, e.Line, ch.LAchildID,
			"the episode's section 47 enquiries, child protection plans and conferences (%d rows) are not imported yet", n)
	}
}
