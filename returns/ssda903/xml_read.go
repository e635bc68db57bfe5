package ssda903

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReadXMLFile reads the return's XML form from a file into the return.
func (r *Return) ReadXMLFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return &ReadError{File: path, Msg: "cannot be opened: " + err.Error()}
	}
	defer f.Close()
	return r.ReadXML(path, f)
}

// ReadXML reads the return's XML form (an EXPSSDA903 element of CHILD elements) into the tables it holds;
// name is the file name for messages. Each row's line is that of the element it came from. Elements the
// form does not define are ignored, as extra CSV columns are; a document that is not well formed, or
// whose structure is not the form's, is a ReadError with the line.
func (r *Return) ReadXML(name string, in io.Reader) error {
	for _, t := range xmlTables {
		if r.Present[t] {
			return &ReadError{File: name, Msg: fmt.Sprintf("the return already has a %s table (from %s); give the XML form on its own", t, r.Source[t])}
		}
	}
	d := xml.NewDecoder(bufio.NewReaderSize(in, 1<<16))
	x := &xmlReader{d: d, name: name}
	root, err := x.next()
	if err == io.EOF {
		return &ReadError{File: name, Msg: "the file is empty; an SSDA903 XML return is an EXPSSDA903 element"}
	}
	if err != nil {
		return err
	}
	if root.Name.Local != "EXPSSDA903" {
		return x.errorf("the document is a %s element, not EXPSSDA903 (an SSDA903 XML return)", root.Name.Local)
	}
	for _, t := range xmlTables {
		r.Present[t], r.Source[t] = true, name
	}
	for {
		tok, err := x.token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return x.end()
		case xml.StartElement:
			if t.Name.Local != "CHILD" {
				if err := d.Skip(); err != nil {
					return x.wrap(err)
				}
				continue
			}
			c, err := x.element(t)
			if err != nil {
				return err
			}
			if err := r.addChild(x, c); err != nil {
				return err
			}
		}
	}
}

// node is one element of a CHILD: its name, its text, the line it began on and its elements.
type node struct {
	name string
	text string
	line int
	kids []*node
}

// get returns the text of the first element called name, and whether there is one.
func (n *node) get(name string) (string, bool) {
	for _, k := range n.kids {
		if k.name == name {
			return k.text, true
		}
	}
	return "", false
}

func (n *node) value(name string) string { s, _ := n.get(name); return s }

// all returns the elements called name.
func (n *node) all(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
	}
	return out
}

// xmlReader reads tokens and remembers the line of the last one.
type xmlReader struct {
	d    *xml.Decoder
	name string
	line int
}

func (x *xmlReader) token() (xml.Token, error) {
	tok, err := x.d.Token()
	x.line, _ = x.d.InputPos()
	if err == io.EOF {
		return nil, x.errorf("the file ends before the EXPSSDA903 element is closed")
	}
	if err != nil {
		return nil, x.wrap(err)
	}
	return tok, nil
}

// next returns the first element of the document (io.EOF when the file is empty or only space).
func (x *xmlReader) next() (xml.StartElement, error) {
	text := false
	for {
		tok, err := x.d.Token()
		x.line, _ = x.d.InputPos()
		if err == io.EOF && text {
			return xml.StartElement{}, &ReadError{File: x.name, Line: 1, Msg: "the file has text but no XML elements; an SSDA903 XML return is an EXPSSDA903 element (give a CSV table a .csv name)"}
		}
		if err == io.EOF {
			return xml.StartElement{}, io.EOF
		}
		if c, ok := tok.(xml.CharData); ok && len(bytes.TrimSpace(c)) > 0 {
			text = true
		}
		if err != nil {
			return xml.StartElement{}, x.wrap(err)
		}
		if s, ok := tok.(xml.StartElement); ok {
			return s, nil
		}
	}
}

// end checks nothing but comments and space follows the root element.
func (x *xmlReader) end() error {
	for {
		tok, err := x.d.Token()
		x.line, _ = x.d.InputPos()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return x.wrap(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return x.errorf("the %s element comes after the end of EXPSSDA903", t.Name.Local)
		case xml.CharData:
			if strings.TrimSpace(string(t)) != "" {
				return x.errorf("text after the end of EXPSSDA903")
			}
		}
	}
}

// element reads the element begun by start and everything in it. Nesting deeper than the form's is
// refused, so a hostile file cannot exhaust the stack.
func (x *xmlReader) element(start xml.StartElement) (*node, error) {
	return x.elementAt(start, 0)
}

func (x *xmlReader) elementAt(start xml.StartElement, depth int) (*node, error) {
	if depth > 3 {
		return nil, x.errorf("the %s element is nested deeper than the SSDA903 XML form allows", start.Name.Local)
	}
	n := &node{name: start.Name.Local, line: x.line}
	var text strings.Builder
	for {
		tok, err := x.token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			k, err := x.elementAt(t, depth+1)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, k)
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			n.text = strings.TrimSpace(text.String())
			return n, nil
		}
	}
}

func (x *xmlReader) errorf(format string, args ...any) error {
	return &ReadError{File: x.name, Line: x.line, Msg: fmt.Sprintf(format, args...)}
}

// wrap turns the decoder's error into a ReadError at its line.
func (x *xmlReader) wrap(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &ReadError{File: x.name, Line: se.Line, Msg: "the XML is not well formed: " + se.Msg}
	}
	return &ReadError{File: x.name, Line: x.line, Msg: err.Error()}
}

// addChild adds the rows of one CHILD element to the tables.
func (r *Return) addChild(x *xmlReader, c *node) error {
	heads := c.all("HEADER")
	if len(heads) != 1 {
		return &ReadError{File: x.name, Line: c.line, Msg: fmt.Sprintf("a CHILD has %d HEADER elements; it needs exactly one", len(heads))}
	}
	h := heads[0]
	child, ok := h.get("CHILDID")
	if !ok {
		return &ReadError{File: x.name, Line: h.line, Msg: "the HEADER has no CHILDID"}
	}
	sex, dob := h.value("SEX"), h.value("DOB")
	add := func(t Table, line int, v ...string) {
		r.Append(t, v)
		r.Lines[t] = append(r.Lines[t], line)
	}
	add(Header, h.line, child, sex, dob, h.value("ETHNIC"), h.value("UPN"), h.value("MOTHER"), h.value("MC_DOB"))
	uasc, given := h.get("UASC")
	r.Header[len(r.Header)-1].UASC, r.Header[len(r.Header)-1].UASCGiven = uasc, given
	if duc, ok := h.get("DUC"); uasc == "1" || (ok && duc != "") {
		add(UASC, h.line, child, sex, dob, duc)
	}
	if anyOf(h, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR") {
		add(AD1, h.line, child, dob, h.value("DATE_INT"), h.value("DATE_MATCH"), h.value("FOSTER_CARE"), h.value("NB_ADOPTR"),
			h.value("SEX_ADOPTR"), h.value("LS_ADOPTR"))
	}
	if anyOf(h, "IN_TOUCH", "ACTIV", "ACCOM") {
		add(OC3, h.line, child, dob, h.value("IN_TOUCH"), h.value("ACTIV"), h.value("ACCOM"))
	}
	for _, m := range h.all("AMISSING") {
		add(Missing, m.line, child, dob, m.value("MISSING"), m.value("MIS_START"), m.value("MIS_END"))
	}
	for _, v := range h.all("AREVIEW") {
		add(Reviews, v.line, child, dob, v.value("REVIEW"), v.value("REVIEW_CODE"))
	}
	for _, p := range h.all("PERMANENCE") {
		add(PrevPerm, p.line, child, dob, p.value("PREV_PERM"), p.value("LA_PERM"), p.value("DATE_PERM"))
	}
	for _, o := range h.all("OC2") {
		add(OC2, o.line, child, dob, o.value("SDQ_SCORE"), o.value("SDQ_REASON"), o.value("CONVICTED"), o.value("HEALTH_CHECK"),
			o.value("IMMUNISATIONS"), o.value("TEETH_CHECK"), o.value("HEALTH_ASSESSMENT"), o.value("SUBSTANCE_MISUSE"),
			o.value("INTERVENTION_RECEIVED"), o.value("INTERVENTION_OFFERED"))
	}
	for _, p := range h.all("AD_PLACED") {
		add(PlacedAdoption, p.line, child, dob, p.value("DATE_PLACED"), p.value("DATE_PLACED_CEASED"), p.value("REASON_PLACED_CEASED"))
	}
	for _, e := range c.all("EPISODE") {
		add(Episodes, e.line, child, e.value("DECOM"), e.value("RNE"), e.value("LS"), e.value("CIN"), e.value("PL"),
			e.value("PLACE_PROVIDER"), e.value("DEC"), e.value("REC"), e.value("REASON_PLACE_CHANGE"), e.value("HOME_POST"),
			e.value("PL_POST"), e.value("URN"))
	}
	return nil
}

// anyOf says whether the element has any of the named elements.
func anyOf(n *node, names ...string) bool {
	for _, name := range names {
		if _, ok := n.get(name); ok {
			return true
		}
	}
	return false
}
