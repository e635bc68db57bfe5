package hearth

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// wantInvalid checks that err is an EINVALID *Error whose message contains want.
func wantInvalid(t *testing.T, input string, err error, want string) {
	t.Helper()
	if err == nil {
		t.Errorf("%q: no error, want one containing %q", input, want)
		return
	}
	if code := ErrorCode(err); code != EINVALID {
		t.Errorf("%q: error code %q, want %q", input, code, EINVALID)
	}
	if msg := ErrorMessage(err); !strings.Contains(msg, want) {
		t.Errorf("%q: message %q, want it to contain %q", input, msg, want)
	}
}

func TestParseNHSNumber(t *testing.T) {
	valid := []struct{ in, want, formatted string }{
		{"9434765919", "9434765919", "943 476 5919"},
		{"943 476 5919", "9434765919", "943 476 5919"},
		{"943-476-5919", "9434765919", "943 476 5919"},
		{"  943 476-5919\t", "9434765919", "943 476 5919"},
		{"943\u00a0476\u00a05919", "9434765919", "943 476 5919"}, // non-breaking spaces pasted from a letter
		{"4010232137", "4010232137", "401 023 2137"},
		{"4505577104", "4505577104", "450 557 7104"},
		{"0101011237", "0101011237", "010 101 1237"}, // the shape of a Scottish CHI number
		{"9990000018", "9990000018", "999 000 0018"}, // the first test-range number
		{"9999999999", "9999999999", "999 999 9999"},
	}
	for _, tc := range valid {
		n, err := ParseNHSNumber(tc.in)
		if err != nil {
			t.Errorf("ParseNHSNumber(%q): %v", tc.in, err)
			continue
		}
		if n.String() != tc.want || n.Formatted() != tc.formatted || n.IsZero() {
			t.Errorf("ParseNHSNumber(%q) = %q (%q), want %q (%q)", tc.in, n, n.Formatted(), tc.want, tc.formatted)
		}
	}

	invalid := []struct{ in, want string }{
		{"9434765918", "The check digit of this NHS number is wrong: check it was typed correctly"},
		{"9434765910", "check digit"},
		{"4934765919", "check digit"},                             // two digits swapped
		{"1234567890", "no NHS number can begin with these nine"}, // check digit would be 10
		{"943476591", "An NHS number has 10 digits; this has 9"},
		{"94347659190", "An NHS number has 10 digits; this has 11"},
		{"943 476 591", "this has 9"},
		{"", "The NHS number is empty"},
		{"   ", "The NHS number is empty"},
		{"- -", "The NHS number is empty"},
		{"943476591X", "An NHS number is made of digits only; this contains 'X'"},
		{"943476591x", "this contains 'X'"},
		{"943.476.5919", "this contains '.'"},
		{"NHS 9434765919", "this contains 'N'"},
		{"943\u200b4765919", "an invisible character (U+200B)"},
		{"943\xff4765919", "a character that cannot be read"},
		{"９４３４７６５９１９", "this contains '９'"}, // full-width digits are not accepted
	}
	for _, tc := range invalid {
		n, err := ParseNHSNumber(tc.in)
		wantInvalid(t, tc.in, err, tc.want)
		if !n.IsZero() {
			t.Errorf("ParseNHSNumber(%q) returned %q with its error", tc.in, n)
		}
	}
}

func TestNHSNumberZero(t *testing.T) {
	var n NHSNumber
	if !n.IsZero() || n.String() != "" || n.Formatted() != "" {
		t.Errorf("zero NHSNumber: IsZero %v, String %q, Formatted %q", n.IsZero(), n.String(), n.Formatted())
	}
}

func TestGenerateNHSNumber(t *testing.T) {
	if got := nhsTestCounts[0][(9*10+9*9+9*8)%11]; got != NHSTestNumbers {
		t.Fatalf("the test range holds %d valid numbers; NHSTestNumbers is %d", got, NHSTestNumbers)
	}
	if got := GenerateNHSNumber(0).String(); got != "9990000018" {
		t.Errorf("GenerateNHSNumber(0) = %s, want 9990000018", got)
	}
	if got := GenerateNHSNumber(NHSTestNumbers - 1).String(); got != "9999999999" {
		t.Errorf("GenerateNHSNumber(NHSTestNumbers-1) = %s, want 9999999999", got)
	}

	// Every number in the range, in order: each parses, is in the test range, and is greater than the one
	// before, so distinct n give distinct numbers.
	n := uint64(NHSTestNumbers)
	step := uint64(1)
	if testing.Short() {
		step = 97
	}
	prev := ""
	for i := uint64(0); i < n; i += step {
		g := GenerateNHSNumber(i)
		s := g.String()
		if !strings.HasPrefix(s, "999") || len(s) != 10 {
			t.Fatalf("GenerateNHSNumber(%d) = %q, outside the test range", i, s)
		}
		p, err := ParseNHSNumber(s)
		if err != nil || p != g {
			t.Fatalf("GenerateNHSNumber(%d) = %q does not parse back: %v", i, s, err)
		}
		if s <= prev {
			t.Fatalf("GenerateNHSNumber(%d) = %s is not after %s", i, s, prev)
		}
		prev = s
	}

	// Larger n wrap round, and every uint64 gives a valid number.
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		i := r.Uint64()
		g := GenerateNHSNumber(i)
		if _, err := ParseNHSNumber(g.String()); err != nil {
			t.Fatalf("GenerateNHSNumber(%d) = %q: %v", i, g, err)
		}
		if g != GenerateNHSNumber(i%NHSTestNumbers) {
			t.Fatalf("GenerateNHSNumber(%d) does not wrap round", i)
		}
	}
}

func TestParseUPN(t *testing.T) {
	valid := []struct {
		in, want  string
		temporary bool
	}{
		{"B801200005001", "B801200005001", false},
		{"b801200005001", "B801200005001", false},
		{" B801 2000 05 001 ", "B801200005001", false},
		{"W201123401000", "W201123401000", false},
		{"A000000000000", "A000000000000", false},
		{"F999999999999", "F999999999999", false},
		{"G93820261500A", "G93820261500A", true}, // temporary: A counts as 0
		{"T93820261500Z", "T93820261500Z", true}, // temporary: Z counts as 22
		{"q20112000100k", "Q20112000100K", true},
		{"V38001230456X", "V38001230456X", true},
	}
	for _, tc := range valid {
		u, err := ParseUPN(tc.in)
		if err != nil {
			t.Errorf("ParseUPN(%q): %v", tc.in, err)
			continue
		}
		if u.String() != tc.want || u.IsTemporary() != tc.temporary || u.IsZero() {
			t.Errorf("ParseUPN(%q) = %q (temporary %v), want %q (temporary %v)", tc.in, u, u.IsTemporary(), tc.want, tc.temporary)
		}
	}

	invalid := []struct{ in, want string }{
		{"A801200005001", "The check letter of this UPN is wrong: check it was typed correctly"},
		{"B801200005002", "check letter"},
		{"B810200005001", "check letter"}, // two digits swapped
		{"I801200005001", "check letter"}, // I is never a check letter
		{"H93820261500A", "check letter"}, // temporary UPN with the wrong check letter
		{"X80120000A001", "Characters 2 to 12 of a UPN are digits; character 10 is 'A'"},
		{"XB01200005001", "character 2 is 'B'"},
		{"1801200005001", "A UPN starts with a letter (its check letter); this starts with '1'"},
		{"B80120000500I", "The last character of a UPN is a digit, or a letter other than I, O or S"},
		{"B80120000500O", "this ends with 'O'"},
		{"B80120000500S", "this ends with 'S'"},
		{"B80120000500", "A UPN has 13 characters; this has 12"},
		{"B8012000050011", "A UPN has 13 characters; this has 14"},
		{"", "The UPN is empty"},
		{"  ", "The UPN is empty"},
		{"B801-2000-05001", "A UPN is made of letters and digits only; this contains '-'"},
		{"UN4", "UN4 is a reason the UPN is not known, not a UPN"},
		{"un1", "UN1 is a reason the UPN is not known"},
		{"UN8", "A UPN has 13 characters; this has 3"},
	}
	for _, tc := range invalid {
		u, err := ParseUPN(tc.in)
		wantInvalid(t, tc.in, err, tc.want)
		if !u.IsZero() {
			t.Errorf("ParseUPN(%q) returned %q with its error", tc.in, u)
		}
	}
}

// TestUPNCheckLetterWorked checks the check letter of B801200005001 worked by hand from the DfE method:
// 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11 + 0×12 + 1×13 = 93, and 93 = 4×23 + 1,
// so the remainder is 1, which is B.
func TestUPNCheckLetterWorked(t *testing.T) {
	if got := upnCheckLetter([]byte("801200005001")); got != 'B' {
		t.Errorf("check letter of 801200005001 = %c, want B", got)
	}
	// A temporary UPN's final letter counts as its place in the table: ...500A adds 0×13 and ...500Z adds
	// 22×13, which moves the remainder on by 22×13 mod 23 = 10, from G (6) to T (16).
	if a, z := upnCheckLetter([]byte("93820261500A")), upnCheckLetter([]byte("93820261500Z")); a != 'G' || z != 'T' {
		t.Errorf("check letters %c and %c, want G and T", a, z)
	}
}

func TestGenerateUPN(t *testing.T) {
	if got := GenerateUPN(801, 2000, 5, 1).String(); got != "B801200005001" {
		t.Errorf("GenerateUPN(801, 2000, 5, 1) = %s, want B801200005001", got)
	}
	if a, b := GenerateUPN(801, 2000, 2024, 1), GenerateUPN(801, 2000, 24, 1); a != b {
		t.Errorf("a four-digit year gives %s, two digits %s", a, b)
	}

	check := func(la, est, year, serial int) {
		t.Helper()
		g := GenerateUPN(la, est, year, serial)
		p, err := ParseUPN(g.String())
		if err != nil || p != g {
			t.Fatalf("GenerateUPN(%d, %d, %d, %d) = %q does not parse back: %v", la, est, year, serial, g, err)
		}
		if g.IsTemporary() {
			t.Fatalf("GenerateUPN gave a temporary UPN %s", g)
		}
	}
	// Every serial and year at the edges of the other fields, then random values.
	seen := map[UPN]bool{}
	for serial := range 1000 {
		for _, year := range []int{0, 9, 10, 99} {
			check(0, 0, year, serial)
			check(999, 9999, year, serial)
			g := GenerateUPN(201, 4000, year, serial)
			if seen[g] {
				t.Fatalf("GenerateUPN(201, 4000, %d, %d) = %s repeats an earlier UPN", year, serial, g)
			}
			seen[g] = true
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		check(r.IntN(1000), r.IntN(10000), r.IntN(100), r.IntN(1000))
	}
}

func TestGenerateUPNOutOfRangePanics(t *testing.T) {
	for _, args := range [][4]int{{-1, 0, 0, 0}, {1000, 0, 0, 0}, {0, 10000, 0, 0}, {0, 0, -1, 0}, {0, 0, 0, 1000}, {0, 0, 0, -1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("GenerateUPN%v did not panic", args)
				}
			}()
			GenerateUPN(args[0], args[1], args[2], args[3])
		}()
	}
}

func TestUPNUnknownReason(t *testing.T) {
	if len(UPNUnknownReasons) != 7 {
		t.Fatalf("%d reasons, want 7", len(UPNUnknownReasons))
	}
	for i, r := range UPNUnknownReasons {
		code := "UN" + string(rune('1'+i))
		if r.String() != code {
			t.Errorf("reason %d is %s, want %s", i, r, code)
		}
		if r.Meaning() == "" {
			t.Errorf("%s has no meaning", r)
		}
		for _, in := range []string{code, strings.ToLower(code), " u n" + code[2:] + " "} {
			p, err := ParseUPNUnknownReason(in)
			if err != nil || p != r {
				t.Errorf("ParseUPNUnknownReason(%q) = %q, %v; want %s", in, p, err, r)
			}
		}
	}
	if got := UPNUnknownAdopted.Meaning(); got != "Child is now adopted" {
		t.Errorf("UN1 means %q", got)
	}
	if got := UPNUnknownReferralNFA.Meaning(); got != "Referral with no further action" {
		t.Errorf("UN7 means %q", got)
	}
	if got := UPNUnknownReason("UN8").Meaning(); got != "" {
		t.Errorf("UN8 means %q, want nothing", got)
	}
	for _, in := range []string{"UN0", "UN8", "UN10", "UN", "U1", "UNX", "B801200005001", "UN-1"} {
		_, err := ParseUPNUnknownReason(in)
		wantInvalid(t, in, err, "one of the codes UN1 to UN7")
	}
	_, err := ParseUPNUnknownReason(" ")
	wantInvalid(t, " ", err, "empty")
}

func TestParseLAChildID(t *testing.T) {
	valid := []struct{ in, want string }{
		{"12345", "12345"},
		{"1", "1"},
		{"ab12345", "AB12345"},
		{" AB 12345 ", "AB12345"},
		{"ABCDE12345", "ABCDE12345"},
		{"0001234", "0001234"}, // leading zeros are kept: the identifier is text, not a number
	}
	for _, tc := range valid {
		id, err := ParseLAChildID(tc.in)
		if err != nil {
			t.Errorf("ParseLAChildID(%q): %v", tc.in, err)
			continue
		}
		if id.String() != tc.want || id.IsZero() {
			t.Errorf("ParseLAChildID(%q) = %q, want %q", tc.in, id, tc.want)
		}
	}
	invalid := []struct{ in, want string }{
		{"", "The LA child ID is empty"},
		{" \t ", "The LA child ID is empty"},
		{"ABCDE123456", "An LA child ID has at most 10 letters and digits; this has 11"},
		{strings.Repeat("9", 100), "this has 100"},
		{"AB-123", "An LA child ID is made of letters and digits only; this contains '-'"},
		{"AB/123", "this contains '/'"},
		{"ÄB123", "this contains 'Ä'"},
		{"straße", "this contains 'ß'"},
	}
	for _, tc := range invalid {
		id, err := ParseLAChildID(tc.in)
		wantInvalid(t, tc.in, err, tc.want)
		if !id.IsZero() {
			t.Errorf("ParseLAChildID(%q) returned %q with its error", tc.in, id)
		}
	}
}

// TestIdentifierStorage checks the database and text encodings of every identifier: a recorded value
// round-trips, and the zero value is NULL in the database and empty in JSON.
func TestIdentifierStorage(t *testing.T) {
	type row struct {
		NHS  NHSNumber `json:"nhs"`
		UPN  UPN       `json:"upn"`
		ID   LAChildID `json:"id"`
		Post Postcode  `json:"post"`
	}
	var full row
	var err error
	must := func(e error) {
		t.Helper()
		if e != nil {
			t.Fatal(e)
		}
	}
	full.NHS, err = ParseNHSNumber("9434765919")
	must(err)
	full.UPN, err = ParseUPN("B801200005001")
	must(err)
	full.ID, err = ParseLAChildID("AB12345")
	must(err)
	full.Post, err = ParsePostcode("SL1 1AA")
	must(err)

	b, err := json.Marshal(full)
	must(err)
	if want := `{"nhs":"9434765919","upn":"B801200005001","id":"AB12345","post":"SL1 1AA"}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	var back row
	must(json.Unmarshal(b, &back))
	if back != full {
		t.Errorf("JSON round trip gave %+v, want %+v", back, full)
	}

	b, err = json.Marshal(row{})
	must(err)
	if want := `{"nhs":"","upn":"","id":"","post":""}`; string(b) != want {
		t.Errorf("zero JSON %s, want %s", b, want)
	}
	back = full
	must(json.Unmarshal(b, &back))
	if back != (row{}) {
		t.Errorf("empty JSON gave %+v, want zero values", back)
	}
	if err := json.Unmarshal([]byte(`{"nhs":"9434765918"}`), &back); ErrorCode(err) != EINVALID {
		t.Errorf("a wrong NHS number in JSON gave %v, want an EINVALID error", err)
	}

	// Database: Value then Scan, from string and []byte; the zero value is NULL.
	for _, v := range []any{full.NHS, full.UPN, full.ID, full.Post} {
		var dv any
		switch x := v.(type) {
		case NHSNumber:
			dv, _ = x.Value()
			var s NHSNumber
			must(s.Scan(dv))
			var b NHSNumber
			must(b.Scan([]byte(dv.(string))))
			if s != x || b != x {
				t.Errorf("NHSNumber scan gave %q and %q, want %q", s, b, x)
			}
			if z, _ := (NHSNumber{}).Value(); z != nil {
				t.Errorf("zero NHSNumber stored as %v, want NULL", z)
			}
			must(s.Scan(nil))
			if !s.IsZero() {
				t.Errorf("NULL scanned as %q", s)
			}
			if err := s.Scan(int64(9434765919)); err == nil {
				t.Errorf("scanning an integer did not fail")
			}
			if err := s.Scan("9434765918"); ErrorCode(err) != EINVALID {
				t.Errorf("scanning a wrong NHS number gave %v", err)
			}
		case UPN:
			dv, _ = x.Value()
			var s UPN
			must(s.Scan(dv))
			if s != x {
				t.Errorf("UPN scan gave %q, want %q", s, x)
			}
			if z, _ := (UPN{}).Value(); z != nil {
				t.Errorf("zero UPN stored as %v, want NULL", z)
			}
			must(s.Scan(""))
			if !s.IsZero() {
				t.Errorf("empty text scanned as %q", s)
			}
		case LAChildID:
			dv, _ = x.Value()
			var s LAChildID
			must(s.Scan(dv))
			if s != x {
				t.Errorf("LAChildID scan gave %q, want %q", s, x)
			}
			if z, _ := (LAChildID{}).Value(); z != nil {
				t.Errorf("zero LAChildID stored as %v, want NULL", z)
			}
		case Postcode:
			dv, _ = x.Value()
			if dv != "SL1 1AA" {
				t.Errorf("postcode stored as %v", dv)
			}
			var s Postcode
			must(s.Scan([]byte("sl11aa")))
			if s != x {
				t.Errorf("Postcode scan gave %q, want %q", s, x)
			}
			if z, _ := (Postcode{}).Value(); z != nil {
				t.Errorf("zero Postcode stored as %v, want NULL", z)
			}
		}
	}
}

// TestParseAllocations checks that parsing allocates nothing beyond the result string: nothing at all when
// the input is already in normal form, and one string when it had to be tidied.
func TestParseAllocations(t *testing.T) {
	cases := []struct {
		name  string
		max   float64
		parse func()
	}{
		{"NHS normal", 0, func() { _, _ = ParseNHSNumber("9434765919") }},
		{"NHS spaced", 1, func() { _, _ = ParseNHSNumber("943 476 5919") }},
		{"UPN normal", 0, func() { _, _ = ParseUPN("B801200005001") }},
		{"UPN lower case", 1, func() { _, _ = ParseUPN("b801200005001") }},
		{"LA child ID", 0, func() { _, _ = ParseLAChildID("AB12345") }},
		{"postcode normal", 0, func() { _, _ = ParsePostcode("SL1 1AA") }},
		{"postcode untidy", 1, func() { _, _ = ParsePostcode("sl11aa") }},
	}
	for _, tc := range cases {
		if got := testing.AllocsPerRun(100, tc.parse); got > tc.max {
			t.Errorf("%s: %v allocations, want at most %v", tc.name, got, tc.max)
		}
	}
}

func BenchmarkParseNHSNumber(b *testing.B) {
	for _, in := range []string{"9434765919", "943 476 5919"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseNHSNumber(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseUPN(b *testing.B) {
	for _, in := range []string{"B801200005001", "b801 2000 05001"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseUPN(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
