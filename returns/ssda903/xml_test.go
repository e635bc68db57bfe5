package ssda903

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sameTables fails the test unless the two returns have the same rows in every table the XML form holds.
func sameTables(t *testing.T, got, want *Return) {
	t.Helper()
	for _, tb := range xmlTables {
		if got.Len(tb) != want.Len(tb) {
			t.Errorf("%s: %d rows, want %d", tb, got.Len(tb), want.Len(tb))
			continue
		}
		for i := 0; i < got.Len(tb); i++ {
			if g, w := got.Values(tb, i), want.Values(tb, i); !slices.Equal(g, w) {
				t.Errorf("%s row %d: %q, want %q", tb, i, g, w)
			}
		}
	}
}

// TestXMLRoundTrip writes the hand-built record's return as XML and reads it back: every table the form
// holds comes back the same, and the social worker table, which it does not hold, is named as left out.
func TestXMLRoundTrip(t *testing.T) {
	ret := Export(handRecord(), 2026)
	var buf bytes.Buffer
	omitted, err := ret.WriteXML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(omitted, []Table{SocialWorker}) {
		t.Errorf("left out %v, want the SocialWorker table", omitted)
	}
	back := &Return{}
	if err := back.ReadXML("return.xml", &buf); err != nil {
		t.Fatal(err)
	}
	sameTables(t, back, ret)
	if back.Present[SocialWorker] || !back.Present[OC2] || back.Source[Episodes] != "return.xml" {
		t.Errorf("present %v, source %q", back.Present, back.Source[Episodes])
	}
	// Each row knows the line of its element, so findings can point at it.
	if n := len(back.Lines[Episodes]); n != len(back.Episodes) || back.Lines[Episodes][0] < 3 {
		t.Errorf("episode lines %v", back.Lines[Episodes])
	}
}

// TestReadXMLFileThroughRead reads an XML file through Read, as hearth validate ssda903 does.
func TestReadXMLFileThroughRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ssda903.xml")
	if _, err := Export(handRecord(), 2026).WriteXMLFile(path); err != nil {
		t.Fatal(err)
	}
	ret, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(ret.Header) != 4 || len(ret.Episodes) != 4 {
		t.Errorf("read %d children and %d episodes, want 4 and 4", len(ret.Header), len(ret.Episodes))
	}
}

// TestReadXMLErrors checks that each way a file can fail to be an SSDA903 XML return is reported with
// the file, the line and what was wrong.
func TestReadXMLErrors(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		line      int
		want      string
	}{
		{"empty", "", 0, "the file is empty"},
		{"not XML", "CHILD,SEX\n1,M\n", 1, "no XML elements"},
		{"wrong root", "<?xml version=\"1.0\"?>\n<Message>\n</Message>\n", 2, "not EXPSSDA903"},
		{"unclosed", "<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>1</CHILDID>\n", 5, "not well formed"},
		{"mismatched", "<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>1</SEX>\n</HEADER></CHILD></EXPSSDA903>", 4, "not well formed"},
		{"no header", "<EXPSSDA903>\n<CHILD>\n<EPISODE><DECOM>01/04/2025</DECOM></EPISODE>\n</CHILD>\n</EXPSSDA903>", 2, "0 HEADER elements"},
		{"no child id", "<EXPSSDA903>\n<CHILD>\n<HEADER>\n<SEX>M</SEX>\n</HEADER>\n</CHILD>\n</EXPSSDA903>", 3, "no CHILDID"},
		{"too deep", "<EXPSSDA903>\n<CHILD><HEADER><OC2><A><B>1</B></A></OC2></HEADER></CHILD>\n</EXPSSDA903>", 2, "nested deeper"},
		{"after the root", "<EXPSSDA903></EXPSSDA903>\n<CHILD/>", 2, "after the end"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := (&Return{}).ReadXML("r.xml", strings.NewReader(c.doc))
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a ReadError", err)
			}
			if re.File != "r.xml" || re.Line != c.line || !strings.Contains(re.Msg, c.want) {
				t.Errorf("got %q (line %d), want line %d and %q", err, re.Line, c.line, c.want)
			}
		})
	}
}

// TestWriteXMLRefusesWhatTheFormCannotHold checks that a row of a child with no Header row, or a second
// OC2 row of a child, is an error rather than silently lost.
func TestWriteXMLRefusesWhatTheFormCannotHold(t *testing.T) {
	ret := Export(handRecord(), 2026)
	ret.Reviews = append(ret.Reviews, newReview([]string{"C9", "", "01/05/2025", "PN1"}))
	if _, err := ret.WriteXML(&bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), `child "C9"`) {
		t.Errorf("a review of a child with no Header row: %v", err)
	}
	ret = Export(handRecord(), 2026)
	ret.OC2 = append(ret.OC2, ret.OC2[0])
	if _, err := ret.WriteXML(&bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "one OC2 row per child") {
		t.Errorf("a second OC2 row: %v", err)
	}
}

// TestExportedXMLIsValidAgainstTheSchema checks the XML written for the hand-built record with xmllint
// against the DfE's schema (../shared/reference/ssda903-xml.xsd, as testdata/ssda903-xml.xsd).
func TestExportedXMLIsValidAgainstTheSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ssda903.xml")
	if _, err := Export(handRecord(), 2026).WriteXMLFile(path); err != nil {
		t.Fatal(err)
	}
	CheckSchema(t, path)
}

// CheckSchema runs xmllint on an SSDA903 XML file against the DfE's schema and fails the test with
// xmllint's messages when the file is not valid. Without xmllint the test is skipped, naming the package
// to install, unless HEARTH_TEST_REQUIRE=all.
func CheckSchema(t testing.TB, path string) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		msg := "the XML schema check needs xmllint: apt-get install libxml2-utils"
		if os.Getenv("HEARTH_TEST_REQUIRE") == "all" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	xsd, err := filepath.Abs(filepath.Join("testdata", "ssda903-xml.xsd"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--schema", xsd, path).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint finds %s not valid against the SSDA903 schema: %v\n%s", path, err, out)
	}
}

// FuzzReadXML reads any bytes as an XML return: it must never panic, a failure must be a ReadError with
// the file named, and what it reads must be written and read back the same.
func FuzzReadXML(f *testing.F) {
	var buf bytes.Buffer
	Export(handRecord(), 2026).WriteXML(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></EXPSSDA903>"))
	f.Add([]byte("<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><UASC>1</UASC><OC2/><AREVIEW/></HEADER><EPISODE/></CHILD></EXPSSDA903>"))
	f.Add([]byte("<?xml version=\"1.0\"?><EXPSSDA903><CHILD>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Return{}
		err := r.ReadXML("f.xml", bytes.NewReader(data))
		if err != nil {
			var re *ReadError
			if !errors.As(err, &re) || re.File != "f.xml" {
				t.Fatalf("error %v is not a ReadError naming the file", err)
			}
			return
		}
		var out bytes.Buffer
		if _, err := r.WriteXML(&out); err != nil {
			return // a return the form cannot hold again, such as a second OC2 row of a child
		}
		back := &Return{}
		if err := back.ReadXML("f.xml", &out); err != nil {
			t.Fatalf("what was read cannot be read again once written: %v\n%s", err, out.String())
		}
		// A child given twice has all their rows written under their first CHILD element, so compare
		// each table's rows child by child.
		for _, tb := range xmlTables {
			if g, w := rowTextsByChild(back, tb), rowTextsByChild(r, tb); !slices.Equal(g, w) {
				t.Fatalf("%s: read back %q, want %q", tb, g, w)
			}
		}
	})
}

// rowTextsByChild returns a table's rows as text, ordered by child and then as they were.
func rowTextsByChild(r *Return, tb Table) []string {
	out := make([]string, r.Len(tb))
	for i := range out {
		out[i] = strings.Join(r.Values(tb, i), "\x00")
	}
	slices.SortStableFunc(out, func(a, b string) int {
		return strings.Compare(a[:strings.IndexByte(a+"\x00", 0)], b[:strings.IndexByte(b+"\x00", 0)])
	})
	return out
}
