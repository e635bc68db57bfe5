package cin

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"hearth"
)

// ReadError says why a CIN census file could not be read: the file, the line and what was wrong. The
// command line turns it into exit status 2.
type ReadError struct {
	File string // the file's name as given, or "" when reading from a stream with no name
	Line int    // 1-based; 0 when the problem is not at a line (the file cannot be opened)
	Msg  string
	Err  error // the underlying error, when there is one
}

func (e *ReadError) Error() string {
	where := e.File
	if where == "" {
		where = "the CIN census file"
	}
	if e.Line > 0 {
		where = fmt.Sprintf("%s, line %d", where, e.Line)
	}
	return where + ": " + e.Msg
}

func (e *ReadError) Unwrap() error { return e.Err }

// ReadFile reads the CIN census XML file at path.
func ReadFile(path string) (*Census, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ReadError{File: path, Msg: "cannot open the file: " + errText(err), Err: err}
	}
	return readBytes(data, path)
}

// errText is the part of an *os.PathError worth showing: its cause, since the path is already said.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Read reads a CIN census return from r; name is the file's name for error messages.
//
// The document is held in memory once and scanned in one pass (see scanner), keeping only the values the
// return defines. Elements the schema does not define are skipped, as are namespace prefixes and
// attributes. The root element must be Message.
func Read(r io.Reader, name string) (*Census, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ReadError{File: name, Msg: "cannot read the file: " + err.Error(), Err: err}
	}
	return readBytes(data, name)
}

func readBytes(data []byte, name string) (*Census, error) {
	rd := &reader{name: name, names: make(map[string]string), values: make(map[string]string)}
	sc := &scanner{data: data}
	if err := sc.run(rd); err != nil {
		var se *scanError
		if errors.As(err, &se) {
			return nil, &ReadError{File: name, Line: se.line, Msg: "not well-formed XML: " + se.msg, Err: err}
		}
		return nil, err
	}
	if !rd.sawRoot {
		return nil, rd.fail(sc.line, "the file holds no XML elements; a CIN census file starts with <Message>")
	}
	if len(rd.stack) > 0 {
		return nil, rd.fail(sc.line, "the file ends before <%s> is closed (is it cut short?)", rd.stack[len(rd.stack)-1])
	}
	return &rd.census, nil
}

// reader holds the state of one Read: where in the document it is, the values being built, and the next
// row number of each table.
type reader struct {
	name    string
	census  Census
	sawRoot bool
	cur     int // the line of the event being handled

	stack []string     // the names of the open elements, root first
	lines []int        // the line each open element starts on
	text  bytes.Buffer // the character data of the innermost open element

	// names and values intern element names and short values (codes, flags), so that a large return
	// does not allocate the same few strings millions of times.
	names  map[string]string
	values map[string]string

	rows struct {
		child, disability, episode, assessment, plan, s47, cpp, review int
	}
	// The blocks being filled: pointers into census, valid while the element is open. Slices of a block
	// never grow while a pointer to one of their elements is held (the child's slices are appended to
	// only through these pointers' parents, and a new element is taken only after the previous closed).
	child      *Child
	episode    *Episode
	assessment *Assessment
	plan       *CINPlan
	s47        *Section47
	cpp        *CPPlan
}

func (rd *reader) fail(line int, format string, args ...any) error {
	return &ReadError{File: rd.name, Line: line, Msg: fmt.Sprintf(format, args...)}
}

func (rd *reader) line() int { return rd.cur }

func (rd *reader) startElement(raw []byte, line int) error {
	rd.cur = line
	name, ok := rd.names[string(raw)]
	if !ok {
		name = string(raw)
		rd.names[name] = name
	}
	if len(rd.stack) == 0 {
		if rd.sawRoot {
			return rd.fail(line, "a second root element <%s> after </Message>; the file holds one return", name)
		}
		if name != "Message" {
			return rd.fail(line, "the root element is <%s>; a CIN census file starts with <Message>", name)
		}
		rd.sawRoot = true
	}
	rd.stack = append(rd.stack, name)
	rd.lines = append(rd.lines, line)
	rd.text.Reset()
	rd.start(name)
	return nil
}

func (rd *reader) endElement(raw []byte, line int) error {
	rd.cur = line
	n := len(rd.stack)
	if n == 0 || rd.stack[n-1] != string(raw) {
		open := "nothing"
		if n > 0 {
			open = "<" + rd.stack[n-1] + ">"
		}
		return rd.fail(line, "</%s> closes %s", raw, open)
	}
	if err := rd.end(rd.stack[n-1]); err != nil {
		return err
	}
	rd.stack = rd.stack[:n-1]
	rd.lines = rd.lines[:n-1]
	rd.text.Reset()
	return nil
}

func (rd *reader) charData(t []byte, line int) error {
	rd.cur = line
	if len(rd.stack) == 0 {
		// Say the line of the stray text itself, not of the line end before it.
		if i := bytes.IndexFunc(t, func(r rune) bool { return !isSpace(byte(r)) }); i > 0 {
			line += bytes.Count(t[:i], []byte{'\n'})
		}
		switch {
		case len(bytes.TrimSpace(t)) == 0:
		case !rd.sawRoot:
			return rd.fail(line, "the file does not begin with an XML element; a CIN census file starts with <Message>")
		default:
			return rd.fail(line, "text outside the <Message> element")
		}
		return nil
	}
	rd.text.Write(t)
	return nil
}

// elementLine is the line the innermost open element starts on.
func (rd *reader) elementLine() int { return rd.lines[len(rd.lines)-1] }

// parent returns the name of the element enclosing the innermost open one.
func (rd *reader) parent() string {
	if n := len(rd.stack); n >= 2 {
		return rd.stack[n-2]
	}
	return ""
}

// start begins a new block when its element opens, so that its line and row are known.
func (rd *reader) start(name string) {
	line := rd.line()
	c := rd.child
	switch {
	case name == "Child" && len(rd.stack) == 3 && rd.parent() == "Children":
		rd.census.Children = append(rd.census.Children, Child{Line: line, Row: rd.rows.child})
		rd.rows.child++
		rd.child = &rd.census.Children[len(rd.census.Children)-1]
	case name == "Header" && len(rd.stack) == 2:
		rd.census.Header.Line = line
	case c == nil:
	case name == "CINdetails" && len(rd.stack) == 4 && rd.parent() == "Child":
		c.Episodes = append(c.Episodes, Episode{Line: line, Row: rd.rows.episode})
		rd.rows.episode++
		rd.episode = &c.Episodes[len(c.Episodes)-1]
	case rd.episode == nil:
	case name == "Assessments" && len(rd.stack) == 5 && rd.parent() == "CINdetails":
		e := rd.episode
		e.Assessments = append(e.Assessments, Assessment{Line: line, Row: rd.rows.assessment})
		rd.rows.assessment++
		rd.assessment = &e.Assessments[len(e.Assessments)-1]
	case name == "CINPlanDates" && len(rd.stack) == 5 && rd.parent() == "CINdetails":
		e := rd.episode
		e.CINPlans = append(e.CINPlans, CINPlan{Line: line, Row: rd.rows.plan})
		rd.rows.plan++
		rd.plan = &e.CINPlans[len(e.CINPlans)-1]
	case name == "Section47" && len(rd.stack) == 5 && rd.parent() == "CINdetails":
		e := rd.episode
		e.Section47s = append(e.Section47s, Section47{Line: line, Row: rd.rows.s47})
		rd.rows.s47++
		rd.s47 = &e.Section47s[len(e.Section47s)-1]
	case name == "ChildProtectionPlans" && len(rd.stack) == 5 && rd.parent() == "CINdetails":
		e := rd.episode
		e.CPPlans = append(e.CPPlans, CPPlan{Line: line, Row: rd.rows.cpp})
		rd.rows.cpp++
		rd.cpp = &e.CPPlans[len(e.CPPlans)-1]
	}
}

// end stores the text of a closing element in the block it belongs to, and closes blocks.
func (rd *reader) end(name string) error {
	parent := rd.parent()
	switch parent {
	case "CollectionDetails", "Source":
		return rd.header(name)
	case "ChildIdentifiers":
		if rd.child != nil {
			return rd.identifier(rd.child, name)
		}
	case "ChildCharacteristics":
		if rd.child != nil && name == "Ethnicity" {
			rd.child.Ethnicity = rd.value()
		}
	case "Disabilities":
		if rd.child != nil && name == "Disability" {
			rd.child.Disabilities = append(rd.child.Disabilities, Disability{Line: rd.elementLine(), Row: rd.rows.disability, Code: rd.value()})
			rd.rows.disability++
		}
	case "CINdetails":
		if rd.episode != nil {
			return rd.episodeItem(rd.episode, name)
		}
	case "Assessments":
		if rd.assessment != nil {
			return rd.assessmentItem(rd.assessment, name)
		}
	case "FactorsIdentifiedAtAssessment":
		if rd.assessment != nil && name == "AssessmentFactors" {
			rd.assessment.Factors = append(rd.assessment.Factors, rd.value())
		}
	case "CINPlanDates":
		if rd.plan != nil {
			switch name {
			case "CINPlanStartDate":
				return rd.date(&rd.plan.StartDate, name)
			case "CINPlanEndDate":
				return rd.date(&rd.plan.EndDate, name)
			}
		}
	case "Section47":
		if rd.s47 != nil {
			return rd.section47Item(rd.s47, name)
		}
	case "ChildProtectionPlans":
		if rd.cpp != nil {
			return rd.cppItem(rd.cpp, name)
		}
	case "Reviews":
		if rd.cpp != nil && name == "CPPreviewDate" {
			rv := Review{Line: rd.elementLine(), Row: rd.rows.review}
			rd.rows.review++
			if err := rd.date(&rv.Date, name); err != nil {
				return err
			}
			rd.cpp.Reviews = append(rd.cpp.Reviews, rv)
		}
	}
	switch name {
	case "Child":
		rd.child = nil
	case "CINdetails":
		rd.episode = nil
	case "Assessments":
		rd.assessment = nil
	case "CINPlanDates":
		rd.plan = nil
	case "Section47":
		rd.s47 = nil
	case "ChildProtectionPlans":
		rd.cpp = nil
	}
	return nil
}

// value is the trimmed text of the element being closed.
func (rd *reader) value() string {
	b := bytes.TrimSpace(rd.text.Bytes())
	if len(b) > 8 {
		return string(b)
	}
	v, ok := rd.values[string(b)]
	if !ok {
		v = string(b)
		rd.values[v] = v
	}
	return v
}

// date parses the element's text as an xs:date (YYYY-MM-DD) into *d. Empty text is "not recorded".
func (rd *reader) date(d *hearth.Date, name string) error {
	b := bytes.TrimSpace(rd.text.Bytes())
	if len(b) == 0 {
		*d = hearth.Date{}
		return nil
	}
	if v, ok := isoDate(b); ok {
		*d = v
		return nil
	}
	return rd.fail(rd.elementLine(), "<%s> is %q, which is not a date written YYYY-MM-DD", name, clip(string(b)))
}

// isoDate reads a date written YYYY-MM-DD, the form of xs:date without a time zone, refusing impossible
// days such as 30 February. It is the reader's own because a large return holds millions of dates.
func isoDate(b []byte) (hearth.Date, bool) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return hearth.Date{}, false
	}
	num := func(b []byte) (int, bool) {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(b[:4])
	m, ok2 := num(b[5:7])
	day, ok3 := num(b[8:])
	if !ok1 || !ok2 || !ok3 || y < 1 || m < 1 || m > 12 || day < 1 || day > daysIn(y, time.Month(m)) {
		return hearth.Date{}, false
	}
	return hearth.NewDate(y, time.Month(m), day), true
}

// daysIn returns the number of days in the month.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// clip shortens a value quoted in a message so that a runaway element cannot flood the terminal.
func clip(s string) string {
	if len(s) > 40 {
		return strings.ToValidUTF8(s[:40], "") + "..."
	}
	return s
}

func (rd *reader) header(name string) error {
	h := &rd.census.Header
	switch name {
	case "Collection":
		h.Collection = rd.value()
	case "Year":
		h.Year = rd.value()
	case "ReferenceDate":
		return rd.date(&h.ReferenceDate, name)
	case "LEA":
		h.LEA = rd.value()
	case "SoftwareCode":
		h.SoftwareCode = rd.value()
	case "Release":
		h.Release = rd.value()
	case "SerialNo":
		h.SerialNo = rd.value()
	case "DateTime":
		h.DateTime = rd.value()
	}
	return nil
}

func (rd *reader) identifier(c *Child, name string) error {
	switch name {
	case "LAchildID":
		c.LAchildID = rd.value()
	case "UPN":
		c.UPN = rd.value()
	case "FormerUPN":
		c.FormerUPN = rd.value()
	case "UPNunknown":
		c.UPNunknown = rd.value()
	case "PersonBirthDate":
		return rd.date(&c.PersonBirthDate, name)
	case "ExpectedPersonBirthDate":
		return rd.date(&c.ExpectedPersonBirthDate, name)
	case "Sex":
		c.Sex = rd.value()
	case "GenderCurrent":
		c.GenderCurrent = rd.value()
	case "PersonDeathDate":
		return rd.date(&c.PersonDeathDate, name)
	}
	return nil
}

func (rd *reader) episodeItem(e *Episode, name string) error {
	switch name {
	case "CINreferralDate":
		return rd.date(&e.CINreferralDate, name)
	case "ReferralSource":
		e.ReferralSource = rd.value()
	case "PrimaryNeedCode":
		e.PrimaryNeedCode = rd.value()
	case "CINclosureDate":
		return rd.date(&e.CINclosureDate, name)
	case "ReasonForClosure":
		e.ReasonForClosure = rd.value()
	case "DateOfInitialCPC":
		return rd.date(&e.DateOfInitialCPC, name)
	case "ReferralNFA":
		e.ReferralNFA = rd.value()
	}
	return nil
}

func (rd *reader) assessmentItem(a *Assessment, name string) error {
	switch name {
	case "AssessmentActualStartDate":
		return rd.date(&a.ActualStartDate, name)
	case "AssessmentInternalReviewDate":
		return rd.date(&a.InternalReviewDate, name)
	case "AssessmentAuthorisationDate":
		return rd.date(&a.AuthorisationDate, name)
	}
	return nil
}

func (rd *reader) section47Item(s *Section47, name string) error {
	switch name {
	case "S47ActualStartDate":
		return rd.date(&s.ActualStartDate, name)
	case "InitialCPCtarget":
		return rd.date(&s.InitialCPCtarget, name)
	case "DateOfInitialCPC":
		return rd.date(&s.DateOfInitialCPC, name)
	case "ICPCnotRequired":
		s.ICPCnotRequired = rd.value()
	}
	return nil
}

func (rd *reader) cppItem(p *CPPlan, name string) error {
	switch name {
	case "CPPstartDate":
		return rd.date(&p.StartDate, name)
	case "CPPendDate":
		return rd.date(&p.EndDate, name)
	case "InitialCategoryOfAbuse":
		p.InitialCategoryOfAbuse = rd.value()
	case "LatestCategoryOfAbuse":
		p.LatestCategoryOfAbuse = rd.value()
	case "NumberOfPreviousCPP":
		p.NumberOfPreviousCPP = rd.value()
	}
	return nil
}
