package cin

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"

	"hearth"
)

// Write writes the census as CIN census XML, with the elements in the order the schema's sequences
// require and empty values left out (every optional item of the schema is left out rather than written
// empty). The child's sex is written as GenderCurrent when that is what the value holds, and otherwise
// as Sex, so a return read from a file is written back with the item it had.
func Write(w io.Writer, c *Census) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	x := &xmlWriter{w: bw}
	x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n")
	x.header(&c.Header)
	x.raw("  <Children>\n")
	for i := range c.Children {
		x.child(&c.Children[i])
	}
	x.raw("  </Children>\n</Message>\n")
	if x.err != nil {
		return fmt.Errorf("write the CIN census: %w", x.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write the CIN census: %w", err)
	}
	return nil
}

// xmlWriter writes indented elements and remembers the first error, so that the writing code reads as
// the document it writes.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// item writes <name>value</name> at the indent, or nothing when value is empty.
func (x *xmlWriter) item(indent, name, value string) {
	if value == "" || x.err != nil {
		return
	}
	x.raw(indent)
	x.raw("<" + name + ">")
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(value))
	}
	x.raw("</" + name + ">\n")
}

// listItem writes one item of a repeated element; an empty one is written as an empty element, so that
// the rows after it keep their numbers when the file is read again.
func (x *xmlWriter) listItem(indent, name, value string) {
	if value == "" {
		x.raw(indent + "<" + name + "/>\n")
		return
	}
	x.item(indent, name, value)
}

func (x *xmlWriter) date(indent, name string, d hearth.Date) {
	if !d.IsZero() {
		x.item(indent, name, d.String())
	}
}

func (x *xmlWriter) header(h *Header) {
	x.raw("  <Header>\n    <CollectionDetails>\n")
	x.item("      ", "Collection", h.Collection)
	x.item("      ", "Year", h.Year)
	x.date("      ", "ReferenceDate", h.ReferenceDate)
	x.raw("    </CollectionDetails>\n    <Source>\n")
	x.item("      ", "SourceLevel", h.SourceLevel())
	x.item("      ", "LEA", h.LEA)
	x.item("      ", "SoftwareCode", h.SoftwareCode)
	x.item("      ", "Release", h.Release)
	x.item("      ", "SerialNo", h.SerialNo)
	x.item("      ", "DateTime", h.DateTime)
	x.raw("    </Source>\n  </Header>\n")
}

// SourceLevel is always L (a local authority): the only value the schema allows.
func (h *Header) SourceLevel() string { return "L" }

func (x *xmlWriter) child(c *Child) {
	const in = "        "
	x.raw("    <Child>\n      <ChildIdentifiers>\n")
	x.item(in, "LAchildID", c.LAchildID)
	x.item(in, "UPN", c.UPN)
	x.item(in, "FormerUPN", c.FormerUPN)
	x.item(in, "UPNunknown", c.UPNunknown)
	x.date(in, "PersonBirthDate", c.PersonBirthDate)
	x.date(in, "ExpectedPersonBirthDate", c.ExpectedPersonBirthDate)
	if c.GenderCurrent != "" {
		x.item(in, "GenderCurrent", c.GenderCurrent)
	} else {
		x.item(in, "Sex", c.Sex)
	}
	x.date(in, "PersonDeathDate", c.PersonDeathDate)
	x.raw("      </ChildIdentifiers>\n      <ChildCharacteristics>\n")
	x.item(in, "Ethnicity", c.Ethnicity)
	if len(c.Disabilities) > 0 {
		x.raw(in + "<Disabilities>\n")
		for _, d := range c.Disabilities {
			x.listItem(in+"  ", "Disability", d.Code)
		}
		x.raw(in + "</Disabilities>\n")
	}
	x.raw("      </ChildCharacteristics>\n")
	for i := range c.Episodes {
		x.episode(&c.Episodes[i])
	}
	x.raw("    </Child>\n")
}

func (x *xmlWriter) episode(e *Episode) {
	const in = "        "
	const in2 = in + "  "
	x.raw("      <CINdetails>\n")
	x.date(in, "CINreferralDate", e.CINreferralDate)
	x.item(in, "ReferralSource", e.ReferralSource)
	x.item(in, "PrimaryNeedCode", e.PrimaryNeedCode)
	x.date(in, "CINclosureDate", e.CINclosureDate)
	x.item(in, "ReasonForClosure", e.ReasonForClosure)
	x.date(in, "DateOfInitialCPC", e.DateOfInitialCPC)
	for _, a := range e.Assessments {
		x.raw(in + "<Assessments>\n")
		x.date(in2, "AssessmentActualStartDate", a.ActualStartDate)
		x.date(in2, "AssessmentInternalReviewDate", a.InternalReviewDate)
		x.date(in2, "AssessmentAuthorisationDate", a.AuthorisationDate)
		if len(a.Factors) > 0 {
			x.raw(in2 + "<FactorsIdentifiedAtAssessment>\n")
			for _, f := range a.Factors {
				x.listItem(in2+"  ", "AssessmentFactors", f)
			}
			x.raw(in2 + "</FactorsIdentifiedAtAssessment>\n")
		}
		x.raw(in + "</Assessments>\n")
	}
	for _, p := range e.CINPlans {
		x.raw(in + "<CINPlanDates>\n")
		x.date(in2, "CINPlanStartDate", p.StartDate)
		x.date(in2, "CINPlanEndDate", p.EndDate)
		x.raw(in + "</CINPlanDates>\n")
	}
	for _, s := range e.Section47s {
		x.raw(in + "<Section47>\n")
		x.date(in2, "S47ActualStartDate", s.ActualStartDate)
		x.date(in2, "InitialCPCtarget", s.InitialCPCtarget)
		x.date(in2, "DateOfInitialCPC", s.DateOfInitialCPC)
		x.item(in2, "ICPCnotRequired", s.ICPCnotRequired)
		x.raw(in + "</Section47>\n")
	}
	x.item(in, "ReferralNFA", e.ReferralNFA)
	for _, p := range e.CPPlans {
		x.raw(in + "<ChildProtectionPlans>\n")
		x.date(in2, "CPPstartDate", p.StartDate)
		x.date(in2, "CPPendDate", p.EndDate)
		x.item(in2, "InitialCategoryOfAbuse", p.InitialCategoryOfAbuse)
		x.item(in2, "LatestCategoryOfAbuse", p.LatestCategoryOfAbuse)
		x.item(in2, "NumberOfPreviousCPP", p.NumberOfPreviousCPP)
		if len(p.Reviews) > 0 {
			x.raw(in2 + "<Reviews>\n")
			for _, r := range p.Reviews {
				if r.Date.IsZero() {
					x.raw(in2 + "  <CPPreviewDate/>\n")
					continue
				}
				x.date(in2+"  ", "CPPreviewDate", r.Date)
			}
			x.raw(in2 + "</Reviews>\n")
		}
		x.raw(in + "</ChildProtectionPlans>\n")
	}
	x.raw("      </CINdetails>\n")
}
