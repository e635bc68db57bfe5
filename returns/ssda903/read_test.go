package ssda903

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadRecognisesTablesByTheirColumns(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Columns out of order, an extra column, a byte order mark, CRLF line ends, blank lines and spaces.
	write("a.csv", "\xef\xbb\xbfUPN,CHILD,SEX,DOB,ETHNIC,MOTHER,MC_DOB,NOTES\r\nA1, 7 ,M,01/01/2010,WBRI,,,x\r\n\r\nA2,8,F,02/02/2011,WIRI,1,03/03/2030,\r\n")
	write("b.CSV", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n7,01/04/2025,S,C2,N1,U1,PR1,,,,AB1,AB2,SC1\n")
	write("notes.txt", "not a table")
	r, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Present[Header] || !r.Present[Episodes] || r.Present[Reviews] {
		t.Fatalf("present tables %v, want Header and Episodes only", r.Present)
	}
	if len(r.Header) != 2 || r.Header[0].CHILD != "7" || r.Header[0].UPN != "A1" || r.Header[1].MC_DOB != "03/03/2030" {
		t.Fatalf("header rows %+v", r.Header)
	}
	if got := r.Lines[Header]; len(got) != 2 || got[0] != 2 || got[1] != 4 {
		t.Errorf("header lines %v, want [2 4]", got)
	}
	if r.Episodes[0].DECOMDate.String() != "2025-04-01" || r.Episodes[0].URN != "SC1" {
		t.Errorf("episode %+v", r.Episodes[0])
	}
	if kids := r.EpisodesOf("7"); len(kids) != 1 {
		t.Errorf("EpisodesOf(7) = %v", kids)
	}
}

func TestReadErrorsSayWhatAndWhere(t *testing.T) {
	cases := []struct {
		name, text, want string
		line             int
	}{
		{"unknown columns", "CHILD,SEXX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n", "the nearest is Header, which also needs SEX", 1},
		{"empty file", "", "the file is empty", 0},
		{"ragged row", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/05/2025,PN1\n2,01/01/2010\n", "the row has 2 values but the header has 4 columns", 3},
		{"broken quote", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,\"01/01/2010,01/05/2025,PN1\n", "quote", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := &Return{}
			err := r.ReadCSV("x.csv", strings.NewReader(tc.text))
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("error %v, want a ReadError", err)
			}
			if !strings.Contains(re.Msg, tc.want) || re.Line != tc.line || re.File != "x.csv" {
				t.Errorf("error %q at line %d, want %q at line %d", re.Msg, re.Line, tc.want, tc.line)
			}
		})
	}
}

func TestReadRefusesATableGivenTwice(t *testing.T) {
	r := &Return{}
	const reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/05/2025,PN1\n"
	if err := r.ReadCSV("one.csv", strings.NewReader(reviews)); err != nil {
		t.Fatal(err)
	}
	err := r.ReadCSV("two.csv", strings.NewReader(reviews))
	if err == nil || !strings.Contains(err.Error(), "a second Reviews table (the first was one.csv)") {
		t.Fatalf("error %v", err)
	}
}

func TestWriteThenReadGivesTheSameReturn(t *testing.T) {
	r := textReturn(t, `Header
CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
1,M,01/01/2010,WBRI,"A",,

Missing
CHILD,DOB,MISSING,MIS_START,MIS_END
1,01/01/2010,M,02/05/2025,03/05/2025`)
	dir := t.TempDir()
	if err := r.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	back, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range Tables {
		if back.Present[tb] != r.Present[tb] || back.Len(tb) != r.Len(tb) {
			t.Fatalf("table %s: present %v len %d, want %v %d", tb, back.Present[tb], back.Len(tb), r.Present[tb], r.Len(tb))
		}
		for i := 0; i < r.Len(tb); i++ {
			if got, want := strings.Join(back.Values(tb, i), "|"), strings.Join(r.Values(tb, i), "|"); got != want {
				t.Errorf("%s row %d: %s, want %s", tb, i, got, want)
			}
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"01/04/2025": "2025-04-01", "1/4/2025": "2025-04-01", "29/02/2024": "2024-02-29",
		"29/02/2025": "", "31/04/2025": "", "2025-04-01": "", "01/04/25": "", "": "", "01/13/2025": "",
		"00/01/2025": "", "01/04/2025 ": "", "aa/bb/cccc": "",
	} {
		got := ""
		if d := ParseDate(in); !d.IsZero() {
			got = d.String()
		}
		if got != want {
			t.Errorf("ParseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzReadCSV checks that no input makes the reader panic, and that what it reads it can write and read
// back unchanged.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2010,WBRI,A,,\n"))
	f.Add([]byte("\xef\xbb\xbfCHILD,DOB,MISSING,MIS_START,MIS_END\r\n1,01/01/2010,M,02/05/2025,\r\n"))
	f.Add([]byte("CHILD,DOB,DOLO_START,DOLO_END\n\"1\"\"\",x,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Return{}
		if err := r.ReadCSV("fuzz.csv", strings.NewReader(string(data))); err != nil {
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a ReadError", err)
			}
			return
		}
		for _, tb := range Tables {
			if !r.Present[tb] {
				continue
			}
			var b strings.Builder
			if err := r.WriteCSV(&b, tb); err != nil {
				t.Fatal(err)
			}
			back := &Return{}
			if err := back.ReadCSV("back.csv", strings.NewReader(b.String())); err != nil {
				t.Fatalf("reading back what was written: %v\n%s", err, b.String())
			}
			if back.Len(tb) != r.Len(tb) {
				t.Fatalf("%d rows read back, want %d", back.Len(tb), r.Len(tb))
			}
		}
	})
}
