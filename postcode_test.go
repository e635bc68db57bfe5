package hearth

import (
	"strings"
	"testing"
)

func TestParsePostcode(t *testing.T) {
	valid := []struct{ in, want, outward, sector string }{
		{"SL1 1AA", "SL1 1AA", "SL1", "SL1 1"},
		{"sl1 1aa", "SL1 1AA", "SL1", "SL1 1"},
		{"sl11aa", "SL1 1AA", "SL1", "SL1 1"},
		{"  SL1   1AA  ", "SL1 1AA", "SL1", "SL1 1"},
		{"S L 1 1 A A", "SL1 1AA", "SL1", "SL1 1"},
		{"M1 1AE", "M1 1AE", "M1", "M1 1"},         // A9
		{"B33 8TH", "B33 8TH", "B33", "B33 8"},     // A99
		{"CR2 6XH", "CR2 6XH", "CR2", "CR2 6"},     // AA9
		{"DN55 1PT", "DN55 1PT", "DN55", "DN55 1"}, // AA99
		{"W1A 0AX", "W1A 0AX", "W1A", "W1A 0"},     // A9A
		{"EC1A 1BB", "EC1A 1BB", "EC1A", "EC1A 1"}, // AA9A
		{"SW1A 2AA", "SW1A 2AA", "SW1A", "SW1A 2"},
		{"LS1 4AP", "LS1 4AP", "LS1", "LS1 4"},
		{"GIR 0AA", "GIR 0AA", "GIR", "GIR 0"},
		{"gir0aa", "GIR 0AA", "GIR", "GIR 0"},
	}
	for _, tc := range valid {
		p, err := ParsePostcode(tc.in)
		if err != nil {
			t.Errorf("ParsePostcode(%q): %v", tc.in, err)
			continue
		}
		if p.String() != tc.want || p.Outward() != tc.outward || p.Sector() != tc.sector || p.IsZero() {
			t.Errorf("ParsePostcode(%q) = %q (outward %q, sector %q), want %q (%q, %q)",
				tc.in, p, p.Outward(), p.Sector(), tc.want, tc.outward, tc.sector)
		}
		if got := p.Outward() + " " + p.Inward(); got != p.String() {
			t.Errorf("ParsePostcode(%q): outward and inward make %q", tc.in, got)
		}
	}

	invalid := []struct{ in, want string }{
		{"", "The postcode is empty"},
		{"   ", "The postcode is empty"},
		{"SL1", "A full postcode has 5 to 7 letters and digits, such as M1 1AE or SW1A 2AA; this has 3"},
		{"SL1 1", "this has 4"}, // a postcode sector is not a postcode
		{"SW1AA 1AA", "this has 8"},
		{"SL1 AAA", "The last part of a postcode is a digit and two letters, such as 1AA; this ends with AAA"},
		{"SL1 11A", "this ends with 11A"},
		{"SL1 1A1", "this ends with 1A1"},
		{"1SL 1AA", "The first part of a postcode is one or two letters and a digit"},
		{"AB 1AA", "this begins with AB"},
		{"ABC 1AA", "this begins with ABC"},
		{"A1BC 1AA", "this begins with A1BC"},
		{"AB1CD 1AA", "this has 8"},
		{"A1B2 1AA", "this begins with A1B2"},
		{"A123 1AA", "this begins with A123"},
		{"GIR 0AB", "this begins with GIR"},
		{"SL1-1AA", "A postcode is made of letters and digits only; this contains '-'"},
		{"SL1 1AA.", "this contains '.'"},
		{"SL1 1ÅA", "this contains 'Å'"},
	}
	for _, tc := range invalid {
		p, err := ParsePostcode(tc.in)
		wantInvalid(t, tc.in, err, tc.want)
		if !p.IsZero() {
			t.Errorf("ParsePostcode(%q) returned %q with its error", tc.in, p)
		}
	}
}

func TestPostcodeZero(t *testing.T) {
	var p Postcode
	if !p.IsZero() || p.String() != "" || p.Outward() != "" || p.Inward() != "" || p.Sector() != "" {
		t.Errorf("zero Postcode: %q %q %q %q", p.String(), p.Outward(), p.Inward(), p.Sector())
	}
	var u Postcode
	if err := u.UnmarshalText([]byte("  ")); err != nil || !u.IsZero() {
		t.Errorf("blank text gave %q, %v", u, err)
	}
}

// TestPostcodeShapes checks every outward shape against every combination of letters and digits of
// lengths 2 to 4, so the parser accepts exactly the six shapes.
func TestPostcodeShapes(t *testing.T) {
	shapes := map[string]bool{"A9": true, "A99": true, "AA9": true, "AA99": true, "A9A": true, "AA9A": true}
	var gen func(prefix string)
	gen = func(prefix string) {
		if len(prefix) >= 2 {
			out := strings.NewReplacer("A", "B", "9", "7").Replace(prefix)
			_, err := ParsePostcode(out + " 1AA")
			if got, want := err == nil, shapes[prefix]; got != want {
				t.Errorf("outward shape %s (%s): accepted %v, want %v (err %v)", prefix, out, got, want, err)
			}
		}
		if len(prefix) < 4 {
			gen(prefix + "A")
			gen(prefix + "9")
		}
	}
	gen("")
}
