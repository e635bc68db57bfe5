package hearth

import (
	"database/sql/driver"
	"strings"
)

// Postcode is a full UK postcode such as "SL1 1AA", kept in upper case with one space before the inward
// part (the last three characters). The zero Postcode means "not recorded" and is stored as NULL.
//
// A postcode is an outward code (the postcode district, such as SL1 or SW1A) and an inward code (a digit
// and two letters). Royal Mail's outward codes take six shapes, where A is a letter and 9 a digit: A9,
// A99, AA9, AA99, A9A and AA9A. GIR 0AA, the one postcode outside that scheme, is accepted too.
//
// The SSDA903 return's HOME_POST and PL_POST carry either full postcodes or, in anonymised extracts, the
// postcode sector (the outward code and the first digit of the inward code, such as "SL1 1"); Sector
// gives that.
type Postcode struct{ s string }

// ParsePostcode reads a full UK postcode, in either case, with any spacing: "sl11aa", "SL1 1AA" and
// " sl1  1aa " all give SL1 1AA. It checks the shape, not that Royal Mail has issued the postcode. The
// error, an EINVALID *Error, says what is wrong in plain English.
func ParsePostcode(s string) (Postcode, error) {
	var buf [8]byte // at most 7 characters and the space
	n, bad, hasBad := idCompact(buf[:7], s, 0)
	switch {
	case n == 0 && !hasBad:
		return Postcode{}, Errorf(EINVALID, "The postcode is empty")
	case hasBad:
		return Postcode{}, Errorf(EINVALID, "A postcode is made of letters and digits only; this contains %s", idQuote(bad))
	case n < 5 || n > 7:
		return Postcode{}, Errorf(EINVALID,
			"A full postcode has 5 to 7 letters and digits, such as M1 1AE or SW1A 2AA; this has %d", n)
	}
	out, in := buf[:n-3], buf[n-3:n]
	if !pcDigit(in[0]) || !pcLetter(in[1]) || !pcLetter(in[2]) {
		return Postcode{}, Errorf(EINVALID,
			"The last part of a postcode is a digit and two letters, such as 1AA; this ends with %s", string(in))
	}
	if !pcOutward(out) && !(string(out) == "GIR" && string(in) == "0AA") {
		return Postcode{}, Errorf(EINVALID,
			"The first part of a postcode is one or two letters and a digit, sometimes followed by another "+
				"digit or a letter, such as M1, B33, SL1 or SW1A; this begins with %s", string(out))
	}
	// Make room for the space before the inward code.
	copy(buf[n-2:n+1], buf[n-3:n])
	buf[n-3] = ' '
	return Postcode{s: idString(buf[:n+1], s)}, nil
}

// pcOutward reports whether out (2 to 4 upper-case letters and digits) has the shape of an outward code:
// A9, A99, AA9, AA99, A9A or AA9A.
func pcOutward(out []byte) bool {
	if !pcLetter(out[0]) {
		return false
	}
	rest := out[1:]
	if pcLetter(rest[0]) { // AA9, AA99, AA9A
		rest = rest[1:]
	}
	// rest is now 9, 99 or 9A.
	switch len(rest) {
	case 1:
		return pcDigit(rest[0])
	case 2:
		return pcDigit(rest[0]) && (pcDigit(rest[1]) || pcLetter(rest[1]))
	}
	return false
}

func pcLetter(c byte) bool { return 'A' <= c && c <= 'Z' }
func pcDigit(c byte) bool  { return '0' <= c && c <= '9' }

// String returns the postcode with one space, such as "SL1 1AA", or "" for the zero Postcode.
func (p Postcode) String() string { return p.s }

// IsZero reports whether no postcode is recorded.
func (p Postcode) IsZero() bool { return p.s == "" }

// Outward returns the outward code, which is the postcode district, such as "SL1"; "" for the zero
// Postcode.
func (p Postcode) Outward() string {
	if p.s == "" {
		return ""
	}
	return p.s[:len(p.s)-4]
}

// Inward returns the inward code, such as "1AA"; "" for the zero Postcode.
func (p Postcode) Inward() string {
	if p.s == "" {
		return ""
	}
	return p.s[len(p.s)-3:]
}

// Sector returns the postcode sector, the outward code and the first digit of the inward code, such as
// "SL1 1"; "" for the zero Postcode. A sector holds a few thousand addresses, so it locates a home for
// distance and sufficiency analysis without identifying it.
func (p Postcode) Sector() string {
	if p.s == "" {
		return ""
	}
	return p.s[:len(p.s)-2]
}

// Value stores the postcode with its space, or NULL for the zero Postcode.
func (p Postcode) Value() (driver.Value, error) { return idValue(p.s) }

// Scan reads a postcode stored as text, checking it again; NULL and "" are the zero Postcode.
func (p *Postcode) Scan(src any) error {
	s, err := idScanText("Postcode", src)
	if err != nil || s == "" {
		*p = Postcode{}
		return err
	}
	v, err := ParsePostcode(s)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// MarshalText writes the postcode with its space, or nothing for the zero Postcode.
func (p Postcode) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText reads a postcode as ParsePostcode does; empty text is the zero Postcode.
func (p *Postcode) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*p = Postcode{}
		return nil
	}
	v, err := ParsePostcode(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
