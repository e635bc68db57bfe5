package hearth

import (
	"strings"
	"time"
	"unicode"
)

// Person is anyone the record is about: a child, a parent, a carer or another household member. Children
// and adults are one table because people move between those places in each other's records (a care leaver
// becomes a parent) and a duplicate check must look across all of them. SSD object: ssd_person.
type Person struct {
	Record
	LAChildID         LAChildID `db:"la_child_id,unique" ssd:"pers_legacy_id" dfe:"SSDA903 Header.CHILD; CIN LAchildID; Annex A Child Unique ID" doc:"The authority's child identifier used in the statutory returns (unique among children)"`
	IsChild           bool      `db:"is_child" doc:"True for children and young people known to children's services as the subject of a record, false for adults who appear only as relatives, carers or household members"`
	Forename          string    `db:"forename,notnull" ssd:"pers_forename" doc:"First name"`
	Surname           string    `db:"surname,notnull" ssd:"pers_surname" doc:"Family name"`
	OtherNames        string    `db:"other_names" doc:"Previous or alternative names, for search"`
	BirthDate         Date      `db:"birth_date" ssd:"pers_dob" dfe:"SSDA903 Header.DOB; CIN PersonBirthDate; Annex A Date of birth" doc:"Date of birth"`
	ExpectedBirthDate Date      `db:"expected_birth_date" ssd:"pers_expected_dob" dfe:"CIN ExpectedPersonBirthDate" doc:"Expected date of birth of an unborn child"`
	Sex               string    `db:"sex" codes:"sex" ssd:"pers_sex" dfe:"SSDA903 Header.SEX (1 male, 2 female)" doc:"Sex as recorded for the SSDA903: 1 male, 2 female"`
	Gender            string    `db:"gender" codes:"gender" ssd:"pers_gender" dfe:"CIN GenderCurrent (1 male, 2 female, 0 not known, 9 not stated)" doc:"Gender as recorded for the CIN census"`
	Ethnicity         string    `db:"ethnicity" codes:"ethnicity" ssd:"pers_ethnicity" dfe:"SSDA903 Header.ETHNIC; CIN Ethnicity; Annex A Ethnicity" doc:"DfE ethnicity code, e.g. WBRI"`
	Disabilities      Codes     `db:"disabilities" codes:"disability" ssd:"ssd_disability.disa_disability_code" dfe:"CIN Disability; Annex A Disability" doc:"CIN census disability codes, space separated (NONE when the child has none)"`
	DeathDate         Date      `db:"death_date" ssd:"pers_death_date" dfe:"CIN PersonDeathDate" doc:"Date of death"`
	NHSNumber         NHSNumber `db:"nhs_number" ssd:"pers_common_child_id" doc:"NHS number (modulus 11 checked)"`
	UPN               UPN       `db:"upn" ssd:"ssd_linked_identifiers (Unique Pupil Number)" dfe:"SSDA903 Header.UPN; CIN UPN" doc:"Unique Pupil Number (check letter validated)"`
	FormerUPN         UPN       `db:"former_upn" dfe:"CIN FormerUPN" doc:"An earlier Unique Pupil Number"`
	UPNUnknown        string    `db:"upn_unknown" codes:"upn_unknown" ssd:"pers_upn_unknown" dfe:"CIN UPNunknown; SSDA903 Header.UPN (UN1-UN10)" doc:"Why the UPN is not known (UN1 to UN7)"`
	Nationality       string    `db:"nationality" ssd:"pers_nationality" doc:"Country of origin, recorded for unaccompanied asylum-seeking children"`
	Restricted        bool      `db:"restricted" doc:"The record is sealed: open only to named people; anyone else must give a logged reason"`

	// The search keys are worked out from the names by Prepare, which the store calls before every write
	// (insert, amendment and bulk load), so that no way of storing a person can leave them stale. They are
	// columns, not expressions, because both engines index a column the same way.
	SurnameNorm  string `db:"surname_norm" doc:"The surname as search compares it: capital letters only, accents folded, spaces and punctuation dropped (computed from surname)"`
	ForenameNorm string `db:"forename_norm" doc:"The first word of the forename as search compares it (computed from forename)"`
	SurnameKey   string `db:"surname_key" doc:"A phonetic key of the surname, so that a search for Smyth finds Smith (computed from surname; see hearth.NameKey)"`
	ForenameKey  string `db:"forename_key" doc:"A phonetic key of the first word of the forename, so that Muhammad finds Mohammed (computed from forename)"`
}

// Prepare works out the search keys from the names. The store calls it before every write of a person.
func (p *Person) Prepare() {
	p.SurnameNorm = NormaliseName(p.Surname)
	p.SurnameKey = nameKey(p.SurnameNorm)
	p.ForenameNorm = NormaliseName(FirstName(p.Forename))
	p.ForenameKey = nameKey(p.ForenameNorm)
}

// FirstName returns the first word of a forename ("Mary Jane" gives "Mary"): people search by the name a
// person goes by, and a middle name in the key would stop "Mary" finding "Mary Jane".
func FirstName(forename string) string {
	f := strings.Fields(forename)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// NormaliseName returns a name as search compares it: the capital letters A to Z only, with accents and
// the letters of other Latin alphabets folded to their plain English spelling (Zoë is ZOE, Łukasz is
// LUKASZ, Søren is SOREN, Strauß is STRAUSS), and spaces, hyphens, apostrophes and anything else dropped
// (O'Brien is OBRIEN, Smith-Jones is SMITHJONES). Names written wholly in other scripts give "".
func NormaliseName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToUpper(r)
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r < 0x80:
			// Digits, spaces and punctuation are not part of a name's sound or spelling.
		default:
			b.WriteString(foldLetter(r))
		}
	}
	return b.String()
}

// foldLetter returns the plain spelling of an accented or non-English Latin capital letter, or "" for
// anything else. Lower case letters arrive already upper-cased; ß, which has no single capital, is
// matched in both cases.
func foldLetter(r rune) string {
	switch r {
	case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Ā', 'Ă', 'Ą':
		return "A"
	case 'Æ':
		return "AE"
	case 'Ç', 'Ć', 'Ĉ', 'Ċ', 'Č':
		return "C"
	case 'Ď', 'Đ', 'Ð':
		return "D"
	case 'È', 'É', 'Ê', 'Ë', 'Ē', 'Ĕ', 'Ė', 'Ę', 'Ě':
		return "E"
	case 'Ĝ', 'Ğ', 'Ġ', 'Ģ':
		return "G"
	case 'Ĥ', 'Ħ':
		return "H"
	case 'Ì', 'Í', 'Î', 'Ï', 'Ĩ', 'Ī', 'Ĭ', 'Į', 'İ', 'ı':
		return "I"
	case 'Ĵ':
		return "J"
	case 'Ķ':
		return "K"
	case 'Ĺ', 'Ļ', 'Ľ', 'Ŀ', 'Ł':
		return "L"
	case 'Ñ', 'Ń', 'Ņ', 'Ň':
		return "N"
	case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'Ō', 'Ŏ', 'Ő':
		return "O"
	case 'Œ':
		return "OE"
	case 'Ŕ', 'Ŗ', 'Ř':
		return "R"
	case 'Ś', 'Ŝ', 'Ş', 'Š', 'Ș':
		return "S"
	case 'ß', 'ẞ':
		return "SS"
	case 'Ţ', 'Ť', 'Ŧ', 'Ț':
		return "T"
	case 'Þ':
		return "TH"
	case 'Ù', 'Ú', 'Û', 'Ü', 'Ũ', 'Ū', 'Ŭ', 'Ů', 'Ű', 'Ų':
		return "U"
	case 'Ŵ':
		return "W"
	case 'Ý', 'Ÿ', 'Ŷ':
		return "Y"
	case 'Ź', 'Ż', 'Ž':
		return "Z"
	}
	return ""
}

// NameKey returns a phonetic key of a name: two names that sound alike when said by someone in England
// get the same key, so a search for "Jon Smyth" finds John Smith and "Muhammad" finds Mohammed. It is a
// Metaphone-style key (Lawrence Philips' rules: vowels after the first letter dropped, letters that are
// written but not said dropped, letters that sound alike merged), adjusted for the names common in
// England's children's services records:
//
//   - H after a consonant is silent, as in the transliterations of South Asian and Arabic names (Bhatti
//     and Batti, Khan, Dhillon, Chaudhry and Choudhury, Ghulam and Gulam);
//   - H is said only between vowels or at the start (Mohammed and Muhammad keep it, Ahmed and Ahmad
//     do not);
//   - Y is a vowel except at the start of a name (Aisha and Ayesha, Kayleigh and Kayley, Smith and Smyth);
//   - G after N is silent at the end (Singh and Sing), GH is silent except at the start or before a vowel
//     (Leigh and Lee, Wright and Right, but Meghan and Megan);
//   - CH is K at the start before R or L (Christopher, Chloe), SZ and CZ are SH and CH (Polish names);
//   - TH is the T of Thomas and Thompson before OM or AM, otherwise its own sound (0), so Smith and Smyth
//     match each other but not Smit.
//
// The key is made of the letters A to Z and 0. Its only purpose is finding candidates; search then ranks
// them by how close the spelling is, so a key that merges a few distinct names (Amelia and Emilia) costs
// only a slightly longer list, while a key that split one name's spellings would hide a person, which in
// a duplicate check is the worse failure.
func NameKey(name string) string { return nameKey(NormaliseName(name)) }

// nameKey returns the key of a name already normalised to the capital letters A to Z.
func nameKey(w string) string {
	n := len(w)
	if n == 0 {
		return ""
	}
	at := func(i int) byte {
		if i < 0 || i >= n {
			return 0
		}
		return w[i]
	}
	out := make([]byte, 0, n)
	var last byte // the last code written since the last vowel, so a sound written twice counts once
	emit := func(c byte) {
		if c != last {
			out = append(out, c)
			last = c
		}
	}
	i := 0
	// Letters written at the start but not said.
	switch {
	case strings.HasPrefix(w, "KN"), strings.HasPrefix(w, "GN"), strings.HasPrefix(w, "PN"),
		strings.HasPrefix(w, "WR"), strings.HasPrefix(w, "PS"):
		i = 1
	case w[0] == 'X':
		emit('S')
		i = 1
	case strings.HasPrefix(w, "WH"):
		emit('W')
		i = 2
	case w == "SEAN" || strings.HasPrefix(w, "SEAMUS"):
		emit('X') // the Irish spellings of Shaun and Shamus
		i = 1
	}
	// A name that begins with a vowel sound keeps it, as A: Aiden, Aidan and Ayden sound the same.
	if i == 0 && (isVowel(w[0]) || (w[0] == 'Y' && !isVowel(at(1)))) {
		emit('A')
		i = 1
	}
	for ; i < n; i++ {
		c, next, next2 := w[i], at(i+1), at(i+2)
		if c == next && c != 'C' {
			continue // a doubled letter is said once; the second of the pair decides how
		}
		if isVowel(c) || c == 'Y' && !(i == 0 && isVowel(next)) {
			last = 0
			continue
		}
		switch c {
		case 'B':
			if !(at(i-1) == 'M' && i == n-1) { // the B of Lamb and Plumb is silent
				emit('B')
			}
		case 'C':
			switch {
			case next == 'H':
				if (i == 0 && (next2 == 'R' || next2 == 'L')) || at(i-1) == 'S' {
					emit('K')
				} else {
					emit('X')
				}
				i++
			case next == 'I' && next2 == 'A':
				emit('X')
			case next == 'I' || next == 'E' || next == 'Y':
				if at(i-1) != 'S' {
					emit('S')
				}
			case next == 'Z':
				emit('X')
				i++
			default:
				emit('K')
			}
		case 'D':
			if next == 'G' && (next2 == 'E' || next2 == 'I' || next2 == 'Y') {
				emit('J')
				i++
			} else {
				emit('T')
			}
		case 'G':
			switch {
			case next == 'H':
				if i == 0 || isVowel(next2) {
					emit('K')
				}
				i++
			case at(i-1) == 'N' && !isVowel(next) && next != 'Y':
				// Silent: Sing, King, Young.
			case next == 'E' || next == 'I' || next == 'Y':
				emit('J')
			default:
				emit('K')
			}
		case 'H':
			if (i == 0 || isVowel(at(i-1))) && isVowel(next) {
				emit('H')
			}
		case 'K':
			if at(i-1) != 'C' {
				emit('K')
			}
		case 'P':
			if next == 'H' {
				emit('F')
				i++
			} else {
				emit('P')
			}
		case 'Q':
			emit('K')
		case 'S':
			switch {
			case next == 'H', next == 'Z':
				emit('X')
				i++
			case next == 'C' && next2 == 'H':
				if n3 := at(i + 3); n3 == 'M' || n3 == 'N' || n3 == 'L' || n3 == 'W' {
					emit('X') // Schmidt, Schneider: the German SCH
				} else {
					emit('S')
					emit('K') // Schofield, School
				}
				i += 2
			case next == 'I' && (next2 == 'O' || next2 == 'A'):
				emit('X')
			default:
				emit('S')
			}
		case 'T':
			switch {
			case next == 'H':
				if (next2 == 'O' || next2 == 'A') && at(i+3) == 'M' {
					emit('T') // Thomas, Thompson
				} else {
					emit('0')
				}
				i++
			case i > 0 && next == 'I' && (next2 == 'O' || next2 == 'A'):
				emit('X')
			case next == 'C' && next2 == 'H':
				// Silent: the CH that follows says it.
			default:
				emit('T')
			}
		case 'V':
			emit('F')
		case 'W':
			if isVowel(next) || next == 'Y' {
				emit('W')
			}
		case 'X':
			emit('K')
			emit('S')
		case 'Y':
			emit('Y')
		case 'Z':
			emit('S')
		default: // F, J, L, M, N, R
			emit(c)
		}
	}
	return string(out)
}

// isVowel reports whether c is one of A, E, I, O and U.
func isVowel(c byte) bool {
	return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'
}

// Address is where a person lived over a period. Postcodes feed the SSDA903 HOME_POST and distance
// measures. SSD object: ssd_address.
type Address struct {
	Record
	PersonID  ID       `db:"person_id,notnull" ref:"person" ssd:"addr_person_id" doc:"The person who lived there"`
	Kind      string   `db:"address_type" ssd:"addr_address_type" doc:"home, placement, temporary, care_leaver, other"`
	Lines     string   `db:"address_lines" ssd:"addr_address_json" doc:"The address lines, one per line"`
	Postcode  Postcode `db:"postcode" ssd:"addr_address_postcode" dfe:"SSDA903 Episodes.HOME_POST; Annex A" doc:"Postcode"`
	StartDate Date     `db:"start_date,notnull" ssd:"addr_address_start_date" doc:"From"`
	EndDate   Date     `db:"end_date" ssd:"addr_address_end_date" doc:"To (empty while current)"`
}

// Relationship links two people: a parent and a child, siblings, a carer. Each relationship is stored once,
// from PersonID to RelatedPersonID, and read in both directions. The SSDA903 MOTHER item and MC_DOB come
// from a "parent" relationship in which the looked-after young woman is the parent. SSD objects:
// ssd_family, ssd_mother.
type Relationship struct {
	Record
	PersonID               ID     `db:"person_id,notnull" ref:"person" ssd:"moth_person_id" doc:"The first person, e.g. the parent"`
	RelatedPersonID        ID     `db:"related_person_id,notnull" ref:"person" ssd:"moth_childs_person_id" doc:"The second person, e.g. the child"`
	Kind                   string `db:"kind,notnull" codes:"relationship" doc:"What the first person is to the second: parent, step_parent, carer, sibling, grandparent, other_relative, household_member"`
	ParentalResponsibility bool   `db:"parental_responsibility" doc:"The first person holds parental responsibility for the second"`
	StartDate              Date   `db:"start_date" doc:"From, when it began after birth"`
	EndDate                Date   `db:"end_date" doc:"To, when it ended"`
}

// HouseholdMember says that a person lived in a child's household over a period. Assessments and section
// 47 enquiries must consider every member of the household, so it is kept apart from relationships: a
// mother's new partner is a household member without being a relative. SSD object: ssd_family.
type HouseholdMember struct {
	Record
	PersonID  ID   `db:"person_id,notnull" ref:"person" ssd:"fami_person_id" doc:"The child whose household it is"`
	MemberID  ID   `db:"member_id,notnull" ref:"person" doc:"The person living in the household"`
	FamilyID  ID   `db:"family_id,null" ssd:"fami_family_id" doc:"A family group identifier shared by siblings' records"`
	StartDate Date `db:"start_date" doc:"From"`
	EndDate   Date `db:"end_date" doc:"To (empty while current)"`
}

// Team is a team or department of the organisation, such as "Assessment Team North". SSD object:
// ssd_department.
type Team struct {
	Record
	Name     string `db:"name,notnull" ssd:"dept_team_name" dfe:"Annex A Team" doc:"Team name"`
	Service  string `db:"service" doc:"front_door, assessment, child_protection, looked_after, leaving_care, disabled_children, adoption, other"`
	ParentID ID     `db:"parent_id" ref:"department" ssd:"dept_team_parent_id" doc:"The team or service this team is part of"`
}

// Worker is a member of staff who works with children: social workers, personal advisers, reviewing officers,
// managers. Agency staff and full-time equivalence feed the workforce figures. SSD object: ssd_professionals.
type Worker struct {
	Record
	StaffID         string  `db:"staff_id,notnull,unique" ssd:"prof_staff_id" doc:"Staff identifier, unique in the organisation"`
	Name            string  `db:"name,notnull" ssd:"prof_professional_name" dfe:"Annex A Allocated worker" doc:"Full name"`
	SWERegistration string  `db:"swe_registration" ssd:"prof_social_worker_registration_no" dfe:"SSDA903 SocialWorker.SW_ID (must begin SW)" doc:"Social Work England registration number, e.g. SW123456"`
	JobTitle        string  `db:"job_title" codes:"job_title" ssd:"prof_professional_job_title" doc:"social_worker, senior_social_worker, advanced_practitioner, team_manager, personal_adviser, reviewing_officer, conference_chair, family_support_worker"`
	TeamID          ID      `db:"team_id" ref:"department" ssd:"prof_professional_department" doc:"The team the worker belongs to"`
	Employment      string  `db:"employment,notnull" doc:"permanent or agency"`
	FTE             float64 `db:"fte" ssd:"prof_full_time_equivalency" doc:"Full-time equivalence, 0 to 1"`
	StartDate       Date    `db:"start_date" doc:"Joined the organisation"`
	EndDate         Date    `db:"end_date" doc:"Left the organisation"`
}

// User is an account that signs in to Hearth. A worker usually has one; partner agency staff, panel members
// and inspectors have accounts without being workers.
type User struct {
	Record
	Name         string    `db:"name,notnull" doc:"Full name"`
	Email        string    `db:"email,notnull,unique" doc:"Email address, unique; the sign-in name"`
	Role         Role      `db:"role,notnull" doc:"The user's role, which decides what they may see and do"`
	TeamID       ID        `db:"team_id" ref:"department" doc:"The user's team, for practitioners and managers"`
	WorkerID     ID        `db:"worker_id" ref:"professionals" doc:"The worker this account belongs to"`
	PasswordHash string    `db:"password_hash" doc:"argon2id hash of a local account's password; empty for OpenID Connect accounts"`
	Active       bool      `db:"active" doc:"False once the account is disabled"`
	ExpiresAt    time.Time `db:"expires_at" doc:"When the account stops working (inspectors)"`
	Agency       string    `db:"agency" codes:"agency" since:"00008" doc:"The partner agency a partner agency account answers MASH requests for (police, health, education, gp, ...), as mash_checks.agency holds it; empty for other roles"`
}
