package hearth

import (
	"strings"
	"testing"
)

// The fuzz tests check, for any input, that parsing does not panic; that a failure is an EINVALID error
// with a message; and that a success is already in normal form, so its String parses back to the same
// value (normalisation is idempotent).

// fuzzCheck is the part every fuzz target shares.
func fuzzCheck[T comparable](t *testing.T, in string, parse func(string) (T, error), v T, err error, str func(T) string) {
	t.Helper()
	var zero T
	if err != nil {
		if ErrorCode(err) != EINVALID || ErrorMessage(err) == "" {
			t.Fatalf("%q: error %v has code %q, want %q and a message", in, err, ErrorCode(err), EINVALID)
		}
		if v != zero {
			t.Fatalf("%q: returned %v with error %v", in, v, err)
		}
		return
	}
	if v == zero {
		t.Fatalf("%q: returned the zero value without an error", in)
	}
	s := str(v)
	again, err := parse(s)
	if err != nil {
		t.Fatalf("%q parsed as %q, which does not parse: %v", in, s, err)
	}
	if again != v || str(again) != s {
		t.Fatalf("%q parsed as %q, which parses as %q", in, s, str(again))
	}
}

func FuzzParseNHSNumber(f *testing.F) {
	for _, s := range []string{"9434765919", "943 476 5919", "943-476-5919", "9434765918", "1234567890",
		"", " ", "943476591", "94347659190", "943476591x", "９４３", "943\u200b4765919", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, err := ParseNHSNumber(in)
		fuzzCheck(t, in, ParseNHSNumber, n, err, NHSNumber.String)
		if err != nil {
			return
		}
		s := n.String()
		if len(s) != 10 || strings.Trim(s, "0123456789") != "" {
			t.Fatalf("%q parsed as %q, not ten digits", in, s)
		}
		if int(s[9]-'0') != nhsCheckDigit([]byte(s[:9])) {
			t.Fatalf("%q parsed as %q, whose check digit is wrong", in, s)
		}
		if f := n.Formatted(); strings.ReplaceAll(f, " ", "") != s || len(f) != 12 {
			t.Fatalf("%q formatted as %q", in, f)
		}
	})
}

func FuzzParseUPN(f *testing.F) {
	for _, s := range []string{"B801200005001", "b801 2000 05001", "G93820261500A", "A801200005001",
		"X80120000A001", "UN4", "", "B80120000500I", "B80120000500", "ÄB0120000500"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		u, err := ParseUPN(in)
		fuzzCheck(t, in, ParseUPN, u, err, UPN.String)
		if err != nil {
			return
		}
		s := u.String()
		if len(s) != 13 || s[0] < 'A' || s[0] > 'Z' || strings.Trim(s[1:12], "0123456789") != "" {
			t.Fatalf("%q parsed as %q, which is not shaped like a UPN", in, s)
		}
		if upnCheckLetter([]byte(s[1:])) != s[0] {
			t.Fatalf("%q parsed as %q, whose check letter is wrong", in, s)
		}
	})
}

func FuzzParsePostcode(f *testing.F) {
	for _, s := range []string{"SL1 1AA", "sl11aa", "GIR 0AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "DN55 1PT",
		"SL1", "SL1 1", "SW1AA 1AA", "1SL 1AA", "SL1-1AA", "", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ParsePostcode(in)
		fuzzCheck(t, in, ParsePostcode, p, err, Postcode.String)
		if err != nil {
			return
		}
		s := p.String()
		if p.Outward()+" "+p.Inward() != s || !strings.HasPrefix(s, p.Sector()) || len(p.Sector()) != len(s)-2 {
			t.Fatalf("%q parsed as %q with outward %q, inward %q and sector %q", in, s, p.Outward(), p.Inward(), p.Sector())
		}
		if strings.Count(s, " ") != 1 || strings.ToUpper(s) != s {
			t.Fatalf("%q parsed as %q, not upper case with one space", in, s)
		}
	})
}

func FuzzParseLAChildID(f *testing.F) {
	for _, s := range []string{"12345", "ab12345", " AB 12345 ", "ABCDE12345", "ABCDE123456", "AB-123", "",
		"straße", "ǅ1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		id, err := ParseLAChildID(in)
		fuzzCheck(t, in, ParseLAChildID, id, err, LAChildID.String)
		if err != nil {
			return
		}
		s := id.String()
		if len(s) < 1 || len(s) > 10 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
			t.Fatalf("%q parsed as %q, not 1 to 10 upper-case letters and digits", in, s)
		}
	})
}
