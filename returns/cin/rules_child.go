package cin

import (
	"strings"
	"time"
	"unicode"

	"hearth"
)

// The rules about a child's identifiers and characteristics (the DfE's ChildIdentifiers,
// ChildCharacteristics and Disabilities modules).

var _ = define(Rule{
	Code: "1510", Severity: Error, Module: TableChild, Fields: []string{"UPN"},
	Message: "UPN invalid (wrong check letter at character 1)",
	child: func(v *run, c *Child) {
		if want, ok := hearth.UPNCheckLetter(c.UPN); ok && c.UPN[0] != want {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "1520", Severity: Error, Module: TableChild, Fields: []string{"UPN"},
	Message: "More than one record with the same UPN.",
	census: func(v *run, cen *Census) {
		flagDuplicates(v, cen, func(c *Child) string { return c.UPN })
	},
})

// flagDuplicates flags every child whose key (when recorded) is shared with another child.
func flagDuplicates(v *run, cen *Census, key func(*Child) string) {
	count := make(map[string]int, len(cen.Children))
	for i := range cen.Children {
		if k := key(&cen.Children[i]); k != "" {
			count[k]++
		}
	}
	for i := range cen.Children {
		c := &cen.Children[i]
		if k := key(c); k != "" && count[k] > 1 {
			v.child = c
			v.onChild(c)
		}
	}
	v.child = nil
}

// laNumbers are the local authority numbers (and the DfE's pseudo-LA numbers) that characters 2 to 4 of a
// UPN may hold, from the CIN census rule 1530.
var laNumbers = func() map[string]bool {
	m := make(map[string]bool)
	add := func(from, to int) {
		for n := from; n <= to; n++ {
			m[threeDigits(n)] = true
		}
	}
	for _, r := range [][2]int{
		{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
		{390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816},
		{820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861},
		{865, 896}, {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931},
		{933, 933}, {935, 938}, {940, 941},
	} {
		add(r[0], r[1])
	}
	return m
}()

func threeDigits(n int) string {
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}

var _ = define(Rule{
	Code: "1530", Severity: Error, Module: TableChild, Fields: []string{"UPN"},
	Message: "UPN invalid (characters 2-4 not a recognised LA code)",
	child: func(v *run, c *Child) {
		if len(c.UPN) == 13 && !laNumbers[c.UPN[1:4]] {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "1540", Severity: Error, Module: TableChild, Fields: []string{"UPN"},
	Message: "UPN invalid (characters 5-12 not all numeric)",
	child: func(v *run, c *Child) {
		if len(c.UPN) > 4 && !allDigits(c.UPN[4:min(12, len(c.UPN))]) {
			v.onChild(c)
		}
	},
})

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// upnLastCharacters are what character 13 of a UPN may be: a digit, or a letter other than I, O and S in
// a temporary UPN.
const upnLastCharacters = "0123456789ABCDEFGHJKLMNPQRTUVWXYZ"

var _ = define(Rule{
	Code: "1550", Severity: Error, Module: TableChild, Fields: []string{"UPN"},
	Message: "UPN invalid (character 13 not a recognised value)",
	child: func(v *run, c *Child) {
		if len(c.UPN) == 13 && strings.IndexByte(upnLastCharacters, c.UPN[12]) < 0 {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "1560Q", Severity: Query, Module: TableChild, Fields: []string{"FormerUPN"},
	Message: "Please check: Former UPN wrongly formatted",
	child: func(v *run, c *Child) {
		if c.FormerUPN != "" && !upnShaped(c.FormerUPN) {
			v.onChild(c)
		}
	},
})

// upnShaped reports whether s has the schema's UPN pattern: a letter, eleven digits, then a digit or a
// letter ([A-Za-z]\d{12} or [A-Za-z]\d{11}[A-Za-z]).
func upnShaped(s string) bool {
	if len(s) != 13 || !isASCIILetter(s[0]) || !allDigits(s[1:12]) {
		return false
	}
	return isASCIILetter(s[12]) || (s[12] >= '0' && s[12] <= '9')
}

func isASCIILetter(b byte) bool { return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') }

var _ = define(Rule{
	Code: "1570", Severity: Error, Module: TableChild, Fields: []string{"LAchildID"},
	Message: "LA Child ID must not be longer than 20 characters",
	child: func(v *run, c *Child) {
		if len([]rune(c.LAchildID)) > 20 {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "1580", Severity: Error, Module: TableChild, Fields: []string{"LAchildID"},
	Message: "LA Child ID must not contain any non-alphanumeric characters",
	child: func(v *run, c *Child) {
		for _, r := range c.LAchildID {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				v.onChild(c)
				return
			}
		}
	},
})

// sex returns the child's sex as the 2024/25 item has it (M, F or U). A file written to the 2024 schema
// carries GenderCurrent instead, whose codes map across: 1 male, 2 female, 0 not known and 9 not
// specified (both U). Any other GenderCurrent is returned as written, so rule 4180 reports it.
func (c *Child) sex() string {
	if c.Sex != "" || c.GenderCurrent == "" {
		return c.Sex
	}
	switch c.GenderCurrent {
	case "1":
		return "M"
	case "2":
		return "F"
	case "0", "9":
		return "U"
	}
	return c.GenderCurrent
}

var _ = define(Rule{
	Code: "4180", Severity: Error, Module: TableChild, Fields: []string{"Sex"},
	Message: "Sex must be provided and equal M, F, or U",
	child: func(v *run, c *Child) {
		switch c.sex() {
		case "M", "F", "U":
		default:
			v.onChild(c)
		}
	},
})

// ethnicities are the codes of the Ethnicity item.
var ethnicities = codeSet("WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT")

func codeSet(codes string) map[string]bool {
	m := make(map[string]bool)
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}

var _ = define(Rule{
	Code: "4220", Severity: Error, Module: TableCharacteristics, Fields: []string{"Ethnicity"},
	Message: "Ethnicity is missing or invalid (see Ethnicity table)",
	child: func(v *run, c *Child) {
		if !ethnicities[c.Ethnicity] {
			v.flag(TableCharacteristics, c.Row, c.Line, nil)
		}
	},
})

var _ = define(Rule{
	Code: "8500", Severity: Error, Module: TableChild, Fields: []string{"LAchildID"},
	Message: "LA Child ID missing",
	child: func(v *run, c *Child) {
		if c.LAchildID == "" {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "8510", Severity: Error, Module: TableChild, Fields: []string{"LAchildID"},
	Message: "More than one child record with the same LA Child ID",
	census: func(v *run, cen *Census) {
		flagDuplicates(v, cen, func(c *Child) string { return c.LAchildID })
	},
})

var _ = define(Rule{
	Code: "8520", Severity: Error, Module: TableChild, Fields: []string{"PersonBirthDate", "ReferenceDate"},
	Message: "Date of Birth is after data collection period (must be on or before the end of the census period)",
	child: func(v *run, c *Child) {
		if c.PersonBirthDate.After(v.ctx.End) {
			v.onChild(c, "PersonBirthDate")
		}
	},
})

var _ = define(Rule{
	Code: "8525Q", Severity: Query, Module: TableChild, Fields: []string{"PersonBirthDate", "ExpectedPersonBirthDate"},
	Message: "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
	child: func(v *run, c *Child) {
		if c.PersonBirthDate.IsZero() == c.ExpectedPersonBirthDate.IsZero() {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "8530Q", Severity: Query, Module: TableChild, Fields: []string{"ExpectedPersonBirthDate"},
	Message: "Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
	child: func(v *run, c *Child) {
		d := c.ExpectedPersonBirthDate
		// Between the reference date less 30 days and the reference date plus 9 months, both excluded,
		// as the DfE's validator reads the rule.
		if !d.IsZero() && (!d.After(v.ctx.expectedBirthAfter) || !d.Before(v.ctx.expectedBirthBefore)) {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "8535Q", Severity: Query, Module: TableChild, Fields: []string{"PersonDeathDate", "PersonBirthDate"},
	Message: "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth",
	child: func(v *run, c *Child) {
		if !c.PersonDeathDate.IsZero() && c.PersonDeathDate.Before(c.PersonBirthDate) {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "8545Q", Severity: Query, Module: TableChild, Fields: []string{"PersonDeathDate"},
	Message: "Please check: Child's date of death should be within the census year",
	child: func(v *run, c *Child) {
		if v.ctx.outsidePeriod(c.PersonDeathDate) {
			v.onChild(c)
		}
	},
})

// disabilities are the codes of the Disability item.
var disabilities = codeSet("NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA")

// furtherAction reports whether any of the child's referrals went on to further action (ReferralNFA
// false or 0).
func (c *Child) furtherAction() bool {
	for i := range c.Episodes {
		if nfa, ok := c.Episodes[i].NFA(); ok && !nfa {
			return true
		}
	}
	return false
}

var _ = define(Rule{
	Code: "8540", Severity: Error, Module: TableCharacteristics, Fields: []string{"Disability"},
	Message: "Child’s disability is missing or invalid (see Disability table)",
	child: func(v *run, c *Child) {
		if c.PersonBirthDate.IsZero() || !c.furtherAction() {
			return
		}
		if len(c.Disabilities) == 0 {
			v.onChild(c, "Disability")
			return
		}
		for i := range c.Disabilities {
			if d := &c.Disabilities[i]; !disabilities[d.Code] {
				v.onDisability(d)
			}
		}
	},
})

var _ = define(Rule{
	Code: "8750", Severity: Error, Module: TableChild, Fields: []string{"Sex", "PersonBirthDate", "ExpectedPersonBirthDate"},
	Message: "Sex must equal U for an unborn child",
	child: func(v *run, c *Child) {
		if c.PersonBirthDate.IsZero() && !c.ExpectedPersonBirthDate.IsZero() && c.sex() != "U" {
			v.onChild(c)
		}
	},
})

// upnUnknownOfSchoolAge are the reasons a UPN may be missing for a child of school age: UN1 ("child is not
// of school age") is not one of them.
var upnUnknownOfSchoolAge = codeSet("UN2 UN3 UN4 UN5 UN6 UN7")

var _ = define(Rule{
	Code: "8770Q", Severity: Query, Module: TableChild, Fields: []string{"UPN", "UPNunknown"},
	Message: "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
	child: func(v *run, c *Child) {
		if c.PersonBirthDate.IsZero() || c.PersonBirthDate.After(v.ctx.schoolAgeIfBornBy) || !c.furtherAction() {
			return
		}
		if c.UPN == "" && !upnUnknownOfSchoolAge[strings.ToUpper(c.UPNunknown)] {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "8772", Severity: Error, Module: TableChild, Fields: []string{"UPNunknown", "ReferralNFA"},
	Message: "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
	child: func(v *run, c *Child) {
		if c.UPNunknown != "UN7" {
			return
		}
		for i := range c.Episodes {
			if nfa, ok := c.Episodes[i].NFA(); !ok || !nfa {
				v.onEpisode(&c.Episodes[i], "ReferralNFA")
			}
		}
	},
})

var _ = define(Rule{
	Code: "8775Q", Severity: Query, Module: TableChild, Fields: []string{"PersonBirthDate", "CINclosureDate"},
	Message: "Please check: Child is over 25 years old",
	child: func(v *run, c *Child) {
		born := c.PersonBirthDate
		if born.IsZero() || !born.Before(v.ctx.over25IfBornBefore) {
			return
		}
		turned25 := born.AddMonths(25 * 12)
		for i := range c.Episodes {
			if e := &c.Episodes[i]; e.Open() || e.CINclosureDate.After(turned25) {
				v.onChild(c, "PersonBirthDate")
				return
			}
		}
	},
})

var _ = define(Rule{
	Code: "8790", Severity: Error, Module: TableDisability, Fields: []string{"Disability"},
	Message: "Disability information includes both None and other values",
	child: func(v *run, c *Child) {
		if len(c.Disabilities) < 2 {
			return
		}
		for i := range c.Disabilities {
			if d := &c.Disabilities[i]; d.Code == "NONE" {
				v.onDisability(d)
			}
		}
	},
})

var _ = define(Rule{
	Code: "8794", Severity: Error, Module: TableDisability, Fields: []string{"Disability"},
	Message: "Child has two or more disabilities with the same code",
	child: func(v *run, c *Child) {
		for i := 1; i < len(c.Disabilities); i++ {
			for j := 0; j < i; j++ {
				if c.Disabilities[i].Code == c.Disabilities[j].Code {
					v.onDisability(&c.Disabilities[i])
					break
				}
			}
		}
	},
})

var _ = define(Rule{
	Code: "2886Q", Severity: Query, Module: TableChild, Fields: []string{"ExpectedPersonBirthDate", "Sex"},
	Message: "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
	census: func(v *run, cen *Census) {
		missing := 0
		for i := range cen.Children {
			c := &cen.Children[i]
			if s := c.sex(); (s == "" || s == "U") && c.ExpectedPersonBirthDate.IsZero() {
				missing++
			}
		}
		if len(cen.Children) > 0 && missing*50 > len(cen.Children) {
			v.onReturn()
		}
	},
})

var _ = define(Rule{
	Code: "2887Q", Severity: Query, Module: TableDisability, Fields: []string{"Disability"},
	Message: "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
	census: func(v *run, cen *Census) {
		used := make(map[string]bool)
		for i := range cen.Children {
			for _, d := range cen.Children[i].Disabilities {
				if d.Code != "" {
					used[d.Code] = true
				}
			}
		}
		if len(used) < 8 {
			v.onReturn()
		}
	},
})

var _ = define(Rule{
	Code: "2888Q", Severity: Query, Module: TableDisability, Fields: []string{"Disability"},
	Message: "Please check: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
	census: func(v *run, cen *Census) {
		// Children recorded as having no disability (NONE) are left out; the query is raised when no
		// child has more than one disability.
		for i := range cen.Children {
			n := 0
			for _, d := range cen.Children[i].Disabilities {
				if d.Code != "" && d.Code != "NONE" {
					n++
				}
			}
			if n > 1 {
				return
			}
		}
		v.onReturn()
	},
})

var _ = define(Rule{
	Code: "8590", Severity: Error, Module: TableChild, Fields: []string{"LAchildID"},
	Message: "Child does not have a recorded CIN episode.",
	child: func(v *run, c *Child) {
		if len(c.Episodes) == 0 {
			v.onChild(c)
		}
	},
})

var _ = define(Rule{
	Code: "100", Severity: Error, Module: TableHeader, Fields: []string{"ReferenceDate"},
	Message: "Reference Date is incorrect",
	census: func(v *run, cen *Census) {
		// The reference date must be 31 March of the collection year.
		want := hearth.NewDate(v.ctx.Year, time.March, 31)
		if cen.Header.ReferenceDate != want {
			v.flag(TableHeader, 0, cen.Header.Line, nil)
		}
	},
})
