package hearth

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"unicode"
)

// This file holds the identifiers that link a child's record to other services and to the DfE returns:
// the NHS number, the Unique Pupil Number (with the reasons a UPN may be unknown) and the local
// authority's own child identifier. Each is a small value type whose zero value means "not recorded" and
// whose only way in is a Parse function, so a value that exists has been checked. Parse functions tidy
// what people type (surrounding and inner spaces, lower case letters) and explain what is wrong in plain
// English. The postcode, which follows the same pattern, is in postcode.go.

// ---------------------------------------------------------------------------------------------------------
// NHS number

// NHSNumber is a person's NHS number: ten digits, the last of which is a modulus 11 check digit. The zero
// NHSNumber means "not recorded" and is stored as NULL.
//
// ParseNHSNumber accepts every number whose check digit is right, including numbers beginning with 0:
// NHS Scotland's CHI numbers (which start with the date of birth, so 010 100 0000 to 311 299 9999) share
// the ten-digit, modulus 11 format, and a child who moves from Scotland keeps theirs. It does not check
// that a number has actually been issued; only the NHS Personal Demographics Service can say that.
type NHSNumber struct{ s string }

// ParseNHSNumber reads an NHS number such as "943 476 5919", "943-476-5919" or "9434765919". Spaces and
// hyphens anywhere are ignored. The error, an EINVALID *Error, says what is wrong in words a social worker
// understands.
func ParseNHSNumber(s string) (NHSNumber, error) {
	var buf [10]byte
	n, bad, hasBad := idCompact(buf[:], s, idDropHyphens|idDigitsOnly)
	switch {
	case n == 0 && !hasBad:
		return NHSNumber{}, Errorf(EINVALID, "The NHS number is empty")
	case hasBad:
		return NHSNumber{}, Errorf(EINVALID, "An NHS number is made of digits only; this contains %s", idQuote(bad))
	case n != 10:
		return NHSNumber{}, Errorf(EINVALID, "An NHS number has 10 digits; this has %d", n)
	}
	check := nhsCheckDigit(buf[:9])
	if check == 10 {
		return NHSNumber{}, Errorf(EINVALID,
			"This is not an NHS number: no NHS number can begin with these nine digits. Check it was typed correctly")
	}
	if int(buf[9]-'0') != check {
		return NHSNumber{}, Errorf(EINVALID,
			"The check digit of this NHS number is wrong: check it was typed correctly")
	}
	return NHSNumber{s: idString(buf[:], s)}, nil
}

// nhsCheckDigit returns the modulus 11 check digit of the first nine digits of an NHS number, given as
// ASCII: each digit is multiplied by its weight (10 for the first down to 2 for the ninth), the remainder
// of the sum divided by 11 is taken from 11, and 11 becomes 0. The result 10 means no valid NHS number
// begins with those nine digits.
func nhsCheckDigit(d []byte) int {
	sum := 0
	for i, c := range d[:9] {
		sum += int(c-'0') * (10 - i)
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check
}

// String returns the ten digits with no spaces, or "" for the zero NHSNumber.
func (n NHSNumber) String() string { return n.s }

// Formatted returns the number spaced 3-3-4, as the NHS prints it ("943 476 5919"), or "" for the zero
// NHSNumber.
func (n NHSNumber) Formatted() string {
	if n.s == "" {
		return ""
	}
	return n.s[:3] + " " + n.s[3:6] + " " + n.s[6:]
}

// IsZero reports whether no NHS number is recorded.
func (n NHSNumber) IsZero() bool { return n.s == "" }

// Value stores the ten digits, or NULL for the zero NHSNumber.
func (n NHSNumber) Value() (driver.Value, error) { return idValue(n.s) }

// Scan reads an NHS number stored as text, checking it again; NULL and "" are the zero NHSNumber.
func (n *NHSNumber) Scan(src any) error {
	s, err := idScanText("NHSNumber", src)
	if err != nil || s == "" {
		*n = NHSNumber{}
		return err
	}
	p, err := ParseNHSNumber(s)
	if err != nil {
		return err
	}
	*n = p
	return nil
}

// MarshalText writes the ten digits, or nothing for the zero NHSNumber.
func (n NHSNumber) MarshalText() ([]byte, error) { return []byte(n.s), nil }

// UnmarshalText reads an NHS number as ParseNHSNumber does; empty text is the zero NHSNumber.
func (n *NHSNumber) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*n = NHSNumber{}
		return nil
	}
	p, err := ParseNHSNumber(string(b))
	if err != nil {
		return err
	}
	*n = p
	return nil
}

// NHSTestNumbers is how many valid NHS numbers lie in the range 999 000 0000 to 999 999 9999, which the
// NHS reserves for test data and never issues to a patient. It is fewer than a million because some
// nine-digit beginnings have no valid check digit.
const NHSTestNumbers = 909_091

// nhsTestCounts[k][r] is how many ways digits k+3..8 (0-based, the free digits of a test number) can be
// filled, given that the weighted sum of the digits before them leaves remainder r on division by 11, so
// that the nine digits have a valid check digit (their sum does not leave remainder 1). Row 6 is the end of
// the free digits.
var nhsTestCounts = func() (t [7][11]uint32) {
	for r := range 11 {
		if r != 1 {
			t[6][r] = 1
		}
	}
	for k := 5; k >= 0; k-- {
		w := 7 - k // digit k+3 (0-based) has weight 10-(k+3)
		for r := range 11 {
			for d := range 10 {
				t[k][r] += t[k+1][(r+w*d)%11]
			}
		}
	}
	return t
}()

// GenerateNHSNumber returns a valid NHS number for synthetic data, built from n. Every number it returns
// is in the range 999 000 0000 to 999 999 9999, which the NHS reserves for testing and never issues to a
// patient, so synthetic records can never be mistaken for, or matched to, a real person.
//
// It returns the numbers of that range in ascending order: n = 0 gives 999 000 0018 (the first), and
// distinct n below NHSTestNumbers give distinct numbers. Larger n wrap round (n and n+NHSTestNumbers give
// the same number). It is deterministic, so the same seed always makes the same synthetic data.
func GenerateNHSNumber(n uint64) NHSNumber {
	rank := uint32(n % NHSTestNumbers)
	var buf [10]byte
	buf[0], buf[1], buf[2] = '9', '9', '9'
	r := (9*10 + 9*9 + 9*8) % 11 // the weighted sum of 9, 9, 9
	for k := range 6 {
		w := 7 - k
		for d := range 10 {
			next := (r + w*d) % 11
			c := nhsTestCounts[k+1][next]
			if rank < c {
				buf[k+3] = byte('0' + d)
				r = next
				break
			}
			rank -= c
		}
	}
	buf[9] = byte('0' + nhsCheckDigit(buf[:9]))
	return NHSNumber{s: string(buf[:])}
}

// ---------------------------------------------------------------------------------------------------------
// Unique Pupil Number

// UPN is a Unique Pupil Number, the 13-character identifier the DfE gives every pupil in a state-funded
// school in England, which the CIN census and the SSDA903 return ask for. The zero UPN means "not
// recorded" and is stored as NULL; record why in a UPNUnknownReason.
//
// A UPN is a check letter followed by twelve characters:
//
//	character 1      the check letter
//	characters 2-4   the number of the local authority that allocated it
//	characters 5-8   the establishment (school) number
//	characters 9-10  the last two digits of the year it was allocated
//	characters 11-13 a serial number: three digits, or two digits and a letter in a temporary UPN
//
// which is the CIN census pattern [A-Z]\d{12} or [A-Z]\d{11}[A-Z].
type UPN struct{ s string }

// upnCheckLetters are the letters a check letter can be, in order of value: the remainder 0 is A and 22
// is Z. I, O and S are left out because they are easily mistaken for 1, 0 and 5. A temporary UPN's last
// letter takes its value from the same table.
const upnCheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// ParseUPN reads a Unique Pupil Number such as "A801200005001", in either case and with or without
// spaces. It checks the shape and the check letter, not that the local authority number is in use. The
// error, an EINVALID *Error, says what is wrong in words a social worker understands; a UPN unknown code
// such as UN4 is recognised and the person told to record it as the reason instead.
func ParseUPN(s string) (UPN, error) {
	var buf [13]byte
	n, bad, hasBad := idCompact(buf[:], s, 0)
	switch {
	case n == 0 && !hasBad:
		return UPN{}, Errorf(EINVALID, "The UPN is empty")
	case hasBad:
		return UPN{}, Errorf(EINVALID, "A UPN is made of letters and digits only; this contains %s", idQuote(bad))
	case n == 3 && buf[0] == 'U' && buf[1] == 'N' && '1' <= buf[2] && buf[2] <= '7':
		return UPN{}, Errorf(EINVALID,
			"UN%c is a reason the UPN is not known, not a UPN: record it as the reason the UPN is unknown", buf[2])
	}
	if n != 13 {
		return UPN{}, Errorf(EINVALID, "A UPN has 13 characters; this has %d", n)
	}
	if buf[0] < 'A' || buf[0] > 'Z' {
		return UPN{}, Errorf(EINVALID, "A UPN starts with a letter (its check letter); this starts with %q", rune(buf[0]))
	}
	for i := 1; i < 12; i++ {
		if buf[i] < '0' || buf[i] > '9' {
			return UPN{}, Errorf(EINVALID, "Characters 2 to 12 of a UPN are digits; character %d is %q", i+1, rune(buf[i]))
		}
	}
	if last := buf[12]; (last < '0' || last > '9') && strings.IndexByte(upnCheckLetters, last) < 0 {
		return UPN{}, Errorf(EINVALID,
			"The last character of a UPN is a digit, or a letter other than I, O or S in a temporary UPN; this ends with %q", rune(last))
	}
	if upnCheckLetter(buf[1:]) != buf[0] {
		return UPN{}, Errorf(EINVALID, "The check letter of this UPN is wrong: check it was typed correctly")
	}
	return UPN{s: idString(buf[:], s)}, nil
}

// upnCheckLetter returns the check letter of the twelve characters that follow it (characters 2 to 13 of
// the UPN), by the DfE's method: multiply character 2 by 2, character 3 by 3 and so on to character 13 by
// 13, add the products and divide by 23; the remainder picks the letter from upnCheckLetters. A letter in
// character 13 counts as its position in upnCheckLetters (A is 0, B is 1, and so on). The characters must
// already be valid.
func upnCheckLetter(rest []byte) byte {
	sum := 0
	for i, c := range rest[:12] {
		v := int(c - '0')
		if c > '9' {
			v = strings.IndexByte(upnCheckLetters, c)
		}
		sum += v * (i + 2)
	}
	return upnCheckLetters[sum%23]
}

// UPNCheckLetter returns the check letter that the 13-character UPN s should start with, worked out from
// characters 2 to 13 by the DfE's method. ok is false when those characters are not digits followed by a
// digit or an allowed letter, so that no check letter can be worked out. The CIN census rule 1510 reports
// a UPN whose first character differs.
func UPNCheckLetter(s string) (letter byte, ok bool) {
	if len(s) != 13 {
		return 0, false
	}
	for i := 1; i < 12; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	if last := s[12]; (last < '0' || last > '9') && strings.IndexByte(upnCheckLetters, last) < 0 {
		return 0, false
	}
	return upnCheckLetter([]byte(s[1:])), true
}

// String returns the 13 characters, upper case, or "" for the zero UPN.
func (u UPN) String() string { return u.s }

// IsZero reports whether no UPN is recorded.
func (u UPN) IsZero() bool { return u.s == "" }

// IsTemporary reports whether the UPN is a temporary one, which ends with a letter. A school gives a
// temporary UPN when it cannot find a pupil's permanent one, and replaces it when it does.
func (u UPN) IsTemporary() bool { return u.s != "" && u.s[12] > '9' }

// Value stores the 13 characters, or NULL for the zero UPN.
func (u UPN) Value() (driver.Value, error) { return idValue(u.s) }

// Scan reads a UPN stored as text, checking it again; NULL and "" are the zero UPN.
func (u *UPN) Scan(src any) error {
	s, err := idScanText("UPN", src)
	if err != nil || s == "" {
		*u = UPN{}
		return err
	}
	p, err := ParseUPN(s)
	if err != nil {
		return err
	}
	*u = p
	return nil
}

// MarshalText writes the 13 characters, or nothing for the zero UPN.
func (u UPN) MarshalText() ([]byte, error) { return []byte(u.s), nil }

// UnmarshalText reads a UPN as ParseUPN does; empty text is the zero UPN.
func (u *UPN) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*u = UPN{}
		return nil
	}
	p, err := ParseUPN(string(b))
	if err != nil {
		return err
	}
	*u = p
	return nil
}

// GenerateUPN returns a valid permanent UPN for synthetic data: local authority number laCode (0 to 999),
// establishment number establishment (0 to 9999), allocation year year (0 to 99; a four-digit year such
// as 2024 is reduced to its last two digits) and serial number serial (0 to 999), with the right check
// letter. It panics if an argument is out of range, because that is a mistake in the generator, and
// silently wrapping would make two children share a UPN.
//
// Unlike NHS numbers, UPNs have no range set aside for testing. Choose an laCode that no local authority
// has (the DfE's local authority numbers run from 201 upwards, so 000 to 200 are unused) to keep synthetic
// UPNs apart from real ones.
func GenerateUPN(laCode int, establishment int, year int, serial int) UPN {
	if year >= 100 {
		year %= 100
	}
	if laCode < 0 || laCode > 999 || establishment < 0 || establishment > 9999 || year < 0 || serial < 0 || serial > 999 {
		panic(fmt.Sprintf("hearth.GenerateUPN(%d, %d, %d, %d): argument out of range", laCode, establishment, year, serial))
	}
	var buf [13]byte
	idPutDigits(buf[1:4], laCode)
	idPutDigits(buf[4:8], establishment)
	idPutDigits(buf[8:10], year)
	idPutDigits(buf[10:13], serial)
	buf[0] = upnCheckLetter(buf[1:])
	return UPN{s: string(buf[:])}
}

// idPutDigits writes v into b as decimal digits, with leading zeros to fill b.
func idPutDigits(b []byte, v int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
}

// UPNUnknownReason is the DfE code that says why a child's UPN is not recorded, returned in the CIN census
// (UPNunknown) and, for UN1 to UN5, in place of the UPN in the SSDA903 return. The zero value means no
// reason is recorded.
type UPNUnknownReason string

// The reasons a UPN may be unknown, with the DfE's meanings.
const (
	UPNUnknownAdopted         UPNUnknownReason = "UN1" // Child is now adopted
	UPNUnknownNotYetAllocated UPNUnknownReason = "UN2" // DfE guidelines state UPN should not yet be allocated
	UPNUnknownNotInEducation  UPNUnknownReason = "UN3" // Child is not known to be in education
	UPNUnknownNotYetObtained  UPNUnknownReason = "UN4" // UPN not yet obtained
	UPNUnknownSourcesUnknown  UPNUnknownReason = "UN5" // Sources collating UPNs reflect UPN not known
	UPNUnknownUnderSix        UPNUnknownReason = "UN6" // Child is aged under 6 years old and UPN is not yet allocated
	UPNUnknownReferralNFA     UPNUnknownReason = "UN7" // Referral with no further action
)

// UPNUnknownReasons lists the reasons in code order, for pick lists.
var UPNUnknownReasons = []UPNUnknownReason{
	UPNUnknownAdopted, UPNUnknownNotYetAllocated, UPNUnknownNotInEducation, UPNUnknownNotYetObtained,
	UPNUnknownSourcesUnknown, UPNUnknownUnderSix, UPNUnknownReferralNFA,
}

// ParseUPNUnknownReason reads a reason code such as "UN4" (in either case, spaces ignored).
func ParseUPNUnknownReason(s string) (UPNUnknownReason, error) {
	var buf [3]byte
	n, _, hasBad := idCompact(buf[:], s, 0)
	if n == 0 && !hasBad {
		return "", Errorf(EINVALID, "The reason the UPN is unknown is empty")
	}
	if n == 3 && !hasBad && buf[0] == 'U' && buf[1] == 'N' && '1' <= buf[2] && buf[2] <= '7' {
		const codes = "UN1UN2UN3UN4UN5UN6UN7"
		i := int(buf[2]-'1') * 3
		return UPNUnknownReason(codes[i : i+3]), nil
	}
	return "", Errorf(EINVALID, "The reason a UPN is unknown is one of the codes UN1 to UN7; this is not one of them")
}

// Meaning returns what the code means, in the DfE's words, or "" if it is not one of the codes.
func (r UPNUnknownReason) Meaning() string {
	switch r {
	case UPNUnknownAdopted:
		return "Child is now adopted"
	case UPNUnknownNotYetAllocated:
		return "DfE guidelines state UPN should not yet be allocated"
	case UPNUnknownNotInEducation:
		return "Child is not known to be in education"
	case UPNUnknownNotYetObtained:
		return "UPN not yet obtained"
	case UPNUnknownSourcesUnknown:
		return "Sources collating UPNs reflect UPN not known"
	case UPNUnknownUnderSix:
		return "Child is aged under 6 years old and UPN is not yet allocated"
	case UPNUnknownReferralNFA:
		return "Referral with no further action"
	}
	return ""
}

// String returns the code, such as "UN4".
func (r UPNUnknownReason) String() string { return string(r) }

// ---------------------------------------------------------------------------------------------------------
// Local authority child identifier

// LAChildID is the local authority's own identifier for a child, which the SSDA903 return carries in its
// CHILD column and the CIN census in LAchildID. It is what links a child's rows across tables and years,
// so it must never change. It is 1 to 10 letters and digits; letters are kept in upper case. The zero
// LAChildID means "not recorded" and is stored as NULL.
type LAChildID struct{ s string }

// laChildIDMax is the longest LA child ID the SSDA903 guidance allows.
const laChildIDMax = 10

// ParseLAChildID reads a local authority child identifier. Spaces are removed and letters upper-cased, so
// "ab 12345" is AB12345. The error, an EINVALID *Error, says what is wrong.
func ParseLAChildID(s string) (LAChildID, error) {
	var buf [laChildIDMax]byte
	n, bad, hasBad := idCompact(buf[:], s, 0)
	switch {
	case n == 0 && !hasBad:
		return LAChildID{}, Errorf(EINVALID, "The LA child ID is empty")
	case hasBad:
		return LAChildID{}, Errorf(EINVALID, "An LA child ID is made of letters and digits only; this contains %s", idQuote(bad))
	case n > laChildIDMax:
		return LAChildID{}, Errorf(EINVALID, "An LA child ID has at most %d letters and digits; this has %d", laChildIDMax, n)
	}
	return LAChildID{s: idString(buf[:n], s)}, nil
}

// String returns the identifier, or "" for the zero LAChildID.
func (id LAChildID) String() string { return id.s }

// IsZero reports whether no LA child ID is recorded.
func (id LAChildID) IsZero() bool { return id.s == "" }

// Value stores the identifier, or NULL for the zero LAChildID.
func (id LAChildID) Value() (driver.Value, error) { return idValue(id.s) }

// Scan reads an identifier stored as text, checking it again; NULL and "" are the zero LAChildID.
func (id *LAChildID) Scan(src any) error {
	s, err := idScanText("LAChildID", src)
	if err != nil || s == "" {
		*id = LAChildID{}
		return err
	}
	p, err := ParseLAChildID(s)
	if err != nil {
		return err
	}
	*id = p
	return nil
}

// MarshalText writes the identifier, or nothing for the zero LAChildID.
func (id LAChildID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText reads an identifier as ParseLAChildID does; empty text is the zero LAChildID.
func (id *LAChildID) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*id = LAChildID{}
		return nil
	}
	p, err := ParseLAChildID(string(b))
	if err != nil {
		return err
	}
	*id = p
	return nil
}

// ---------------------------------------------------------------------------------------------------------
// Helpers shared by the identifier types (prefixed id to keep them apart from the rest of the package).

// Options for idCompact.
const (
	idDropHyphens = 1 << iota // ignore hyphens as well as white space, as in 943-476-5919
	idDigitsOnly              // letters are not allowed either
)

// idCompact copies s into buf without white space (and without hyphens with idDropHyphens), with ASCII
// letters in upper case. It returns how many characters remain, which may be more than len(buf) (only the
// first len(buf) are stored), and the first remaining character that is not an ASCII letter or digit (not
// an ASCII digit with idDigitsOnly), if there is one. Only ASCII is upper-cased, so case mapping never
// changes the count (strings.ToUpper would turn ß into SS).
func idCompact(buf []byte, s string, opts int) (n int, bad rune, hasBad bool) {
	for _, r := range s {
		if unicode.IsSpace(r) || (opts&idDropHyphens != 0 && r == '-') {
			continue
		}
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		ok := '0' <= r && r <= '9' || opts&idDigitsOnly == 0 && 'A' <= r && r <= 'Z'
		if !ok {
			if !hasBad {
				bad, hasBad = r, true
			}
		} else if n < len(buf) {
			buf[n] = byte(r)
		}
		n++
	}
	return n, bad, hasBad
}

// idQuote names a character for an error message: in quotes when it can be seen, and described when it
// cannot (a zero-width space pasted from a document, say).
func idQuote(r rune) string {
	if r == unicode.ReplacementChar {
		return "a character that cannot be read"
	}
	if !unicode.IsPrint(r) {
		return fmt.Sprintf("an invisible character (%U)", r)
	}
	return fmt.Sprintf("%q", r)
}

// idString returns b as a string, reusing s when it is already exactly b, so that parsing a value that is
// already in normal form does not allocate.
func idString(b []byte, s string) string {
	if string(b) == s {
		return s
	}
	return string(b)
}

// idValue is the driver.Value of an identifier: NULL when it is not recorded.
func idValue(s string) (driver.Value, error) {
	if s == "" {
		return nil, nil
	}
	return s, nil
}

// idScanText returns the text a database driver gave for an identifier column; NULL is "".
func idScanText(typ string, src any) (string, error) {
	switch v := src.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	}
	return "", fmt.Errorf("hearth.%s: cannot scan %T", typ, src)
}
