package cin

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadSmallFile reads a hand-written return and checks every kind of value lands where it belongs,
// with its line and row.
func TestReadSmallFile(t *testing.T) {
	c, err := ReadFile("testdata/small.xml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Header.ReferenceDate != d("2026-03-31") || c.Header.LEA != "935" || c.Header.Year != "2026" || c.Header.Line != 4 {
		t.Errorf("header = %+v", c.Header)
	}
	if len(c.Children) != 2 {
		t.Fatalf("read %d children, want 2", len(c.Children))
	}
	x1, x2 := &c.Children[0], &c.Children[1]
	if x1.LAchildID != "X1" || x1.UPN != "Q935200115123" || x1.GenderCurrent != "2" || x1.sex() != "F" || x1.Line != 20 {
		t.Errorf("first child = %+v", x1)
	}
	if got := []string{x1.Disabilities[0].Code, x1.Disabilities[1].Code}; !reflect.DeepEqual(got, []string{"MOB", "HAND"}) || x1.Disabilities[1].Row != 1 {
		t.Errorf("disabilities = %+v", x1.Disabilities)
	}
	e := &x1.Episodes[0]
	if e.CINreferralDate != d("2025-05-01") || e.ReferralNFA != "false" || len(e.Assessments) != 1 || len(e.Section47s) != 1 {
		t.Errorf("episode = %+v", e)
	}
	if got := e.Assessments[0].Factors; !reflect.DeepEqual(got, []string{"2A", "3A"}) {
		t.Errorf("factors = %v", got)
	}
	if s := e.Section47s[0]; s.InitialCPCtarget != d("2025-08-21") || s.ICPCnotRequired != "false" {
		t.Errorf("section 47 = %+v", s)
	}
	p := e.CPPlans[0]
	if p.LatestCategoryOfAbuse != "EMO" || p.NumberOfPreviousCPP != "1" {
		t.Errorf("CP plan = %+v", p)
	}
	// Every review date is kept, including the empty one, each as its own row of Reviews.
	if len(p.Reviews) != 3 || p.Reviews[0].Date != d("2025-11-12") || p.Reviews[1].Date != d("2026-02-12") ||
		!p.Reviews[2].Date.IsZero() || p.Reviews[2].Row != 2 {
		t.Errorf("reviews = %+v", p.Reviews)
	}
	if x2.Sex != "M" || len(x2.Episodes) != 2 || x2.Episodes[1].Row != 2 || x2.Episodes[1].CINPlans[0].StartDate != d("2026-01-20") {
		t.Errorf("second child = %+v", x2)
	}
}

// TestWriteThenReadGivesTheSameReturn writes the base return and reads it back.
func TestWriteThenReadGivesTheSameReturn(t *testing.T) {
	want := baseCensus()
	var buf bytes.Buffer
	if err := Write(&buf, want); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf, "written.xml")
	if err != nil {
		t.Fatal(err)
	}
	clearLines(got)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back a different return:\ngot  %+v\nwant %+v", got, want)
	}
}

// clearLines zeroes the line numbers, which a return built in Go does not have.
func clearLines(c *Census) {
	c.Header.Line = 0
	for i := range c.Children {
		ch := &c.Children[i]
		ch.Line = 0
		for j := range ch.Disabilities {
			ch.Disabilities[j].Line = 0
		}
		for j := range ch.Episodes {
			e := &ch.Episodes[j]
			e.Line = 0
			for k := range e.Assessments {
				e.Assessments[k].Line = 0
			}
			for k := range e.CINPlans {
				e.CINPlans[k].Line = 0
			}
			for k := range e.Section47s {
				e.Section47s[k].Line = 0
			}
			for k := range e.CPPlans {
				e.CPPlans[k].Line = 0
				for r := range e.CPPlans[k].Reviews {
					e.CPPlans[k].Reviews[r].Line = 0
				}
			}
		}
	}
}

// TestReadErrorsSayWhereAndWhat checks that a file that cannot be read gives the file, the line and what
// was wrong.
func TestReadErrorsSayWhereAndWhat(t *testing.T) {
	cases := []struct {
		name, xml string
		line      int
		want      string
	}{
		{"not XML", "hello", 1, "does not begin with an XML element"},
		{"empty", "", 1, "no XML elements"},
		{"wrong root", "<?xml version=\"1.0\"?>\n<Return>\n</Return>", 2, "the root element is <Return>"},
		{"mismatched end", "<Message>\n<Children>\n<Child>\n</Children>\n</Message>", 4, "</Children> closes <Child>"},
		{"bad syntax", "<Message>\n<Children x=>\n", 2, "not well-formed XML"},
		{"cut short", "<Message>\n<Children>\n<Child>\n", 4, "ends before <Child> is closed"},
		{"bad date", "<Message>\n<Children>\n<Child>\n<ChildIdentifiers>\n<PersonBirthDate>31/02/2020</PersonBirthDate>", 5,
			`<PersonBirthDate> is "31/02/2020", which is not a date written YYYY-MM-DD`},
		{"impossible date", "<Message><Header><CollectionDetails>\n<ReferenceDate>2026-02-30</ReferenceDate>", 2, "not a date"},
		{"text after the root", "<Message></Message>\nextra", 2, "text outside the <Message> element"},
		{"second root", "<Message></Message>\n<Message></Message>", 2, "a second root element"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.xml), "return.xml")
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *ReadError", err)
			}
			if re.File != "return.xml" || re.Line != tc.line || !strings.Contains(re.Msg, tc.want) {
				t.Errorf("err = %q (line %d), want line %d and %q", err, re.Line, tc.line, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "return.xml, line ") {
				t.Errorf("message %q does not start with the file and line", err)
			}
		})
	}
}

// TestReadFileThatDoesNotExist names the file and the cause.
func TestReadFileThatDoesNotExist(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.xml")
	_, err := ReadFile(path)
	var re *ReadError
	if !errors.As(err, &re) || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "missing.xml: cannot open the file") {
		t.Fatalf("err = %v", err)
	}
}

// TestReadAcceptsAnEmptyReturn reads a return with no children: valid XML, which the rules then judge.
func TestReadAcceptsAnEmptyReturn(t *testing.T) {
	c, err := Read(strings.NewReader("<Message><Children/></Message>"), "")
	if err != nil || len(c.Children) != 0 {
		t.Fatalf("c = %+v, err = %v", c, err)
	}
}

// TestReadAcceptsByteOrderMarkCRLFAndPrefixes reads the hand-written file as other systems write it: with
// a byte order mark, CRLF line ends and a namespace prefix on the main elements. The values and lines are
// the same.
func TestReadAcceptsByteOrderMarkCRLFAndPrefixes(t *testing.T) {
	plain, err := os.ReadFile("testdata/small.xml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read(bytes.NewReader(plain), "small.xml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(string(plain), "\n", "\r\n")
	s = strings.NewReplacer("<Message xmlns:xsi", "<c:Message xmlns:c=\"urn:dfe:cin\" xmlns:xsi", "</Message>", "</c:Message>").Replace(s)
	for _, name := range []string{"Header", "Children", "Child", "CINdetails", "LAchildID", "Reviews", "CPPreviewDate"} {
		s = strings.ReplaceAll(s, "<"+name+">", "<c:"+name+">")
		s = strings.ReplaceAll(s, "</"+name+">", "</c:"+name+">")
	}
	got, err := Read(strings.NewReader("\xef\xbb\xbf"+s), "small.xml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read differently:\ngot  %+v\nwant %+v", got, want)
	}
}
