package ssda903

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"os"
)

// The XML form of the return (the DfE's EXPSSDA903 schema, ../shared/reference/ssda903-xml.xsd) holds
// each child as a CHILD element: a HEADER with the child's items, their UASC flag and date ceased, the
// AD1 and OC3 items, missing episodes (AMISSING), reviews (AREVIEW), motherhood, previous permanence, OC2
// and decisions to place for adoption (AD_PLACED); then the child's EPISODEs. It has no social worker or
// deprivation of liberty tables, so those go in the CSV form only.

// xmlTables are the tables the XML form holds.
var xmlTables = []Table{Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing}

// WriteXMLFile writes the return's XML form to path, and returns the tables with rows that the XML form
// has no place for (SocialWorker, DoLo), which are left out.
func (r *Return) WriteXMLFile(path string) ([]Table, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("writing the SSDA903 XML: %w", err)
	}
	omitted, err := r.WriteXML(f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return omitted, nil
}

// WriteXML writes the return's XML form: one CHILD per Header row, in order, with the child's rows of
// the other tables beneath it. A child may have at most one row of OC2, OC3, AD1 and PrevPerm, and
// every row must belong to a child of the Header, since that is all the form can hold; otherwise nothing
// is written and the error says which row could not be.
func (r *Return) WriteXML(w io.Writer) ([]Table, error) {
	if err := r.checkXML(); err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	e := &xmlWriter{w: bw}
	e.raw(xml.Header + "<EXPSSDA903>\n")
	seen := make(map[string]bool, len(r.Header))
	for i := range r.Header {
		h := &r.Header[i]
		first := !seen[h.CHILD]
		seen[h.CHILD] = true
		e.raw("  <CHILD>\n    <HEADER>\n")
		e.el(6, "CHILDID", h.CHILD)
		e.el(6, "UPN", h.UPN)
		e.el(6, "SEX", h.SEX)
		e.el(6, "DOB", h.DOB)
		e.el(6, "ETHNIC", h.ETHNIC)
		rows := func(t Table) []int {
			if !first {
				return nil
			}
			return r.ChildRows(t, h.CHILD)
		}
		uasc := rows(UASC)
		if len(uasc) > 0 {
			e.el(6, "UASC", "1")
			e.el(6, "DUC", r.UASC[uasc[0]].DUC)
		} else {
			e.el(6, "UASC", "0")
		}
		for _, k := range rows(AD1) {
			a := &r.AD1[k]
			e.el(6, "DATE_INT", a.DATE_INT)
			e.el(6, "DATE_MATCH", a.DATE_MATCH)
			e.el(6, "FOSTER_CARE", a.FOSTER_CARE)
			e.el(6, "NB_ADOPTR", a.NB_ADOPTR)
			e.el(6, "SEX_ADOPTR", a.SEX_ADOPTR)
			e.el(6, "LS_ADOPTR", a.LS_ADOPTR)
		}
		for _, k := range rows(OC3) {
			o := &r.OC3[k]
			e.el(6, "IN_TOUCH", o.IN_TOUCH)
			e.el(6, "ACTIV", o.ACTIV)
			e.el(6, "ACCOM", o.ACCOM)
		}
		for _, k := range rows(Missing) {
			m := &r.Missing[k]
			e.raw("      <AMISSING>\n")
			e.el(8, "MISSING", m.MISSING)
			e.el(8, "MIS_START", m.MIS_START)
			e.opt(8, "MIS_END", m.MIS_END)
			e.raw("      </AMISSING>\n")
		}
		for _, k := range rows(Reviews) {
			v := &r.Reviews[k]
			e.raw("      <AREVIEW>\n")
			e.el(8, "REVIEW", v.REVIEW)
			e.el(8, "REVIEW_CODE", v.REVIEW_CODE)
			e.raw("      </AREVIEW>\n")
		}
		e.opt(6, "MOTHER", h.MOTHER)
		e.opt(6, "MC_DOB", h.MC_DOB)
		for _, k := range rows(PrevPerm) {
			p := &r.PrevPerm[k]
			e.raw("      <PERMANENCE>\n")
			e.el(8, "PREV_PERM", p.PREV_PERM)
			e.el(8, "LA_PERM", p.LA_PERM)
			e.el(8, "DATE_PERM", p.DATE_PERM)
			e.raw("      </PERMANENCE>\n")
		}
		for _, k := range rows(OC2) {
			o := &r.OC2[k]
			e.raw("      <OC2>\n")
			for _, f := range [...][2]string{{"SDQ_SCORE", o.SDQ_SCORE}, {"SDQ_REASON", o.SDQ_REASON}, {"CONVICTED", o.CONVICTED},
				{"HEALTH_CHECK", o.HEALTH_CHECK}, {"IMMUNISATIONS", o.IMMUNISATIONS}, {"TEETH_CHECK", o.TEETH_CHECK},
				{"HEALTH_ASSESSMENT", o.HEALTH_ASSESSMENT}, {"SUBSTANCE_MISUSE", o.SUBSTANCE_MISUSE},
				{"INTERVENTION_RECEIVED", o.INTERVENTION_RECEIVED}, {"INTERVENTION_OFFERED", o.INTERVENTION_OFFERED}} {
				e.el(8, f[0], f[1])
			}
			e.raw("      </OC2>\n")
		}
		for _, k := range rows(PlacedAdoption) {
			p := &r.PlacedAdoption[k]
			e.raw("      <AD_PLACED>\n")
			e.el(8, "DATE_PLACED", p.DATE_PLACED)
			e.opt(8, "DATE_PLACED_CEASED", p.DATE_PLACED_CEASED)
			e.opt(8, "REASON_PLACED_CEASED", p.REASON_PLACED_CEASED)
			e.raw("      </AD_PLACED>\n")
		}
		e.raw("    </HEADER>\n")
		for _, k := range rows(Episodes) {
			p := &r.Episodes[k]
			e.raw("    <EPISODE>\n")
			e.el(6, "DECOM", p.DECOM)
			e.el(6, "RNE", p.RNE)
			e.el(6, "LS", p.LS)
			e.el(6, "CIN", p.CIN)
			e.el(6, "PL", p.PLACE)
			e.opt(6, "PL_POST", p.PL_POST)
			e.opt(6, "HOME_POST", p.HOME_POST)
			e.opt(6, "URN", p.URN)
			e.opt(6, "PLACE_PROVIDER", p.PLACE_PROVIDER)
			e.el(6, "DEC", p.DEC)
			e.el(6, "REC", p.REC)
			e.opt(6, "REASON_PLACE_CHANGE", p.REASON_PLACE_CHANGE)
			e.raw("    </EPISODE>\n")
		}
		e.raw("  </CHILD>\n")
	}
	e.raw("</EXPSSDA903>\n")
	if e.err == nil {
		e.err = bw.Flush()
	}
	var omitted []Table
	for _, t := range []Table{SocialWorker, DoLo} {
		if r.Len(t) > 0 {
			omitted = append(omitted, t)
		}
	}
	return omitted, e.err
}

// checkXML finds the first row the XML form cannot hold: one of a child with no Header row, or a second
// row of a table the form holds once per child.
func (r *Return) checkXML() error {
	for _, t := range xmlTables[1:] {
		once := t == OC2 || t == OC3 || t == AD1 || t == PrevPerm || t == UASC
		for i := 0; i < r.Len(t); i++ {
			c := r.Child(t, i)
			if _, ok := r.HeaderOf(c); !ok {
				return fmt.Errorf("the XML form holds each child's rows under their Header row, and %s row %d (child %q) has none", t, i, c)
			}
			if once && r.ChildRows(t, c)[0] != i {
				return fmt.Errorf("the XML form holds one %s row per child, and child %q has more (%s row %d)", t, c, t, i)
			}
		}
	}
	return nil
}

// xmlWriter writes elements with escaped text, keeping the first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (e *xmlWriter) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

var indent = "                "

// el writes <name>value</name> on a line of its own.
func (e *xmlWriter) el(depth int, name, value string) {
	e.raw(indent[:depth])
	e.raw("<" + name + ">")
	if e.err == nil {
		e.err = xml.EscapeText(e.w, []byte(value))
	}
	e.raw("</" + name + ">\n")
}

// opt writes an optional element only when it has a value.
func (e *xmlWriter) opt(depth int, name, value string) {
	if value != "" {
		e.el(depth, name, value)
	}
}
