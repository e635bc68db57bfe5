package cin

import (
	"fmt"
	"testing"

	"hearth"
)

func init() {
	addCases("100",
		fires("reference date not 31 March", func(c *Census) { c.Header.ReferenceDate = d("2026-03-30") }),
		fires("reference date missing", func(c *Census) { c.Header.ReferenceDate = hearth.Date{} }),
		fires("reference date of another year", func(c *Census) { c.Header.ReferenceDate = d("2025-03-31") }),
		quiet("no Year in the header", func(c *Census) { c.Header.Year = "" }),
	)
	addCases("1510",
		fires("check letter wrong", func(c *Census) { childA(c).UPN = "A" + childA(c).UPN[1:] }),
		quiet("no UPN", func(c *Census) { childA(c).UPN = "" }),
		quiet("too short to check", func(c *Census) { childA(c).UPN = "A1234" }),
	)
	addCases("1520",
		fires("two children share a UPN", func(c *Census) { childD(c).UPN = childA(c).UPN }),
		quiet("two children without a UPN", func(c *Census) { childA(c).UPN, childD(c).UPN = "", "" }),
	)
	addCases("1530",
		fires("LA 999", func(c *Census) { childA(c).UPN = "X999000012345" }),
		fires("LA 200", func(c *Census) { childA(c).UPN = hearth.GenerateUPN(200, 1, 1, 1).String() }),
		quiet("pseudo LA 001", func(c *Census) { childA(c).UPN = hearth.GenerateUPN(1, 1, 1, 1).String() }),
		quiet("LA 941, the last", func(c *Census) { childA(c).UPN = hearth.GenerateUPN(941, 1, 1, 1).String() }),
		quiet("a UPN of the wrong length is left to other rules", func(c *Census) { childA(c).UPN = "X999" }),
	)
	addCases("1540",
		fires("letter in character 7", func(c *Census) { u := []byte(childA(c).UPN); u[6] = 'y'; childA(c).UPN = string(u) }),
		quiet("temporary UPN ending in a letter", func(c *Census) { u := []byte(childA(c).UPN); u[12] = 'A'; childA(c).UPN = string(u) }),
		quiet("short UPN", func(c *Census) { childA(c).UPN = "R34" }),
	)
	addCases("1550",
		fires("character 13 is I", func(c *Census) { u := []byte(childA(c).UPN); u[12] = 'I'; childA(c).UPN = string(u) }),
		fires("character 13 is S", func(c *Census) { u := []byte(childA(c).UPN); u[12] = 'S'; childA(c).UPN = string(u) }),
		quiet("character 13 is Z", func(c *Census) { u := []byte(childA(c).UPN); u[12] = 'Z'; childA(c).UPN = string(u) }),
	)
	addCases("1560Q",
		fires("letter inside", func(c *Census) { childA(c).FormerUPN = "X0000y0000007" }),
		fires("wrong length", func(c *Census) { childA(c).FormerUPN = "X98721238" }),
		quiet("well formed", func(c *Census) { childA(c).FormerUPN = "X987654321231" }),
		quiet("temporary, ending in a letter", func(c *Census) { childA(c).FormerUPN = "X98765432123A" }),
	)
	addCases("1570",
		fires("21 characters", func(c *Census) { childA(c).LAchildID = "XXXXXXXXXXXXXXXXXXXXX" }),
		quiet("20 characters", func(c *Census) { childA(c).LAchildID = "XXXXXXXXXXXXXXXXXXXX" }),
	)
	addCases("1580",
		fires("a semicolon", func(c *Census) { childA(c).LAchildID = "A1;" }),
		fires("a space", func(c *Census) { childA(c).LAchildID = "A 1" }),
		quiet("letters and digits", func(c *Census) { childA(c).LAchildID = "Abc123" }),
		quiet("missing (8500's concern)", func(c *Census) { childA(c).LAchildID = "" }),
	)
	addCases("4180",
		fires("missing", func(c *Census) { childA(c).Sex = "" }),
		fires("not a code", func(c *Census) { childA(c).Sex = "Male" }),
		fires("GenderCurrent not a code", func(c *Census) { childA(c).Sex, childA(c).GenderCurrent = "", "7" }),
		quiet("GenderCurrent 2 of the 2024 schema", func(c *Census) { childA(c).Sex, childA(c).GenderCurrent = "", "2" }),
		quiet("U", func(c *Census) { childA(c).Sex = "U" }),
	)
	addCases("4220",
		fires("missing", func(c *Census) { childA(c).Ethnicity = "" }),
		fires("not a code", func(c *Census) { childA(c).Ethnicity = "WBR" }),
		quiet("refused", func(c *Census) { childA(c).Ethnicity = "REFU" }),
	)
	addCases("8500",
		fires("missing", func(c *Census) { childA(c).LAchildID = "" }),
		quiet("one character", func(c *Census) { childA(c).LAchildID = "Z" }),
	)
	addCases("8510",
		fires("two children with one ID", func(c *Census) { childB(c).LAchildID = "A1" }),
		quiet("IDs differing only by case", func(c *Census) { childB(c).LAchildID = "a1" }),
	)
	addCases("8520",
		fires("born after the reference date", func(c *Census) { childA(c).PersonBirthDate = d("2026-04-01") }),
		quiet("born on the reference date", func(c *Census) { childA(c).PersonBirthDate = d("2026-03-31") }),
	)
	addCases("8525Q",
		fires("both dates", func(c *Census) { childA(c).ExpectedPersonBirthDate = d("2015-06-01") }),
		fires("neither date", func(c *Census) { childA(c).PersonBirthDate = hearth.Date{} }),
		quiet("only the expected date", func(c *Census) {
			childA(c).PersonBirthDate, childA(c).ExpectedPersonBirthDate = hearth.Date{}, d("2026-05-01")
		}),
	)
	addCases("8530Q",
		fires("expected 30 days before the reference date", func(c *Census) { childC(c).ExpectedPersonBirthDate = d("2026-03-01") }),
		fires("expected 9 months after", func(c *Census) { childC(c).ExpectedPersonBirthDate = d("2026-12-31") }),
		quiet("expected 29 days before", func(c *Census) { childC(c).ExpectedPersonBirthDate = d("2026-03-02") }),
		quiet("expected on 30 December", func(c *Census) { childC(c).ExpectedPersonBirthDate = d("2026-12-30") }),
	)
	addCases("8535Q",
		fires("died before birth", func(c *Census) { childA(c).PersonDeathDate = d("2015-05-31") }),
		quiet("died on the day of birth", func(c *Census) { childA(c).PersonDeathDate = d("2015-06-01") }),
	)
	addCases("8545Q",
		fires("died before the year", func(c *Census) { childA(c).PersonDeathDate = d("2025-03-31") }),
		fires("died after the year", func(c *Census) { childA(c).PersonDeathDate = d("2026-04-01") }),
		quiet("died on the first day", func(c *Census) { childA(c).PersonDeathDate = d("2025-04-01") }),
	)
	addCases("8540",
		fires("no disability recorded", func(c *Census) { childA(c).Disabilities = nil }),
		fires("an invalid code", func(c *Census) { childA(c).Disabilities = []Disability{{Code: "BLIND"}} }),
		quiet("no further action on every referral", func(c *Census) { childB(c).Disabilities = nil }),
		quiet("unborn", func(c *Census) { childC(c).Disabilities = nil }),
	)
	addCases("8750",
		fires("unborn with sex F", func(c *Census) { childC(c).Sex = "F" }),
		fires("unborn with GenderCurrent 1", func(c *Census) { childC(c).Sex, childC(c).GenderCurrent = "", "1" }),
		quiet("born with sex F", func(c *Census) { childA(c).Sex = "F" }),
		quiet("unborn with GenderCurrent 0", func(c *Census) { childC(c).Sex, childC(c).GenderCurrent = "", "0" }),
	)
	addCases("8770Q",
		fires("school age, no UPN, no reason", func(c *Census) { childA(c).UPN = "" }),
		fires("school age, no UPN, UN1", func(c *Census) { childA(c).UPN, childA(c).UPNunknown = "", "UN1" }),
		quiet("school age, no UPN, un5", func(c *Census) { childA(c).UPN, childA(c).UPNunknown = "", "un5" }),
		quiet("under school age", func(c *Census) { childA(c).UPN, childA(c).PersonBirthDate = "", d("2022-09-01") }),
		quiet("every referral NFA", func(c *Census) { childB(c).UPNunknown = "" }),
	)
	addCases("8772",
		fires("UN7 with further action", func(c *Census) { childA(c).UPNunknown = "UN7" }),
		quiet("UN7 with no further action", func(c *Census) { childB(c).UPNunknown = "UN7" }),
	)
	addCases("8775Q",
		fires("over 25 with an open episode", func(c *Census) { childA(c).PersonBirthDate = d("2000-01-01") }),
		quiet("over 25, episode closed before 25", func(c *Census) {
			childD(c).PersonBirthDate = d("2000-05-16")
		}),
		quiet("25 on the reference date less a day", func(c *Census) { childA(c).PersonBirthDate = d("2001-04-01") }),
	)
	addCases("8790",
		fires("NONE with MOB", func(c *Census) { childA(c).Disabilities = append(childA(c).Disabilities, Disability{Code: "MOB"}) }),
		quiet("NONE alone", func(c *Census) { childA(c).Disabilities = []Disability{{Code: "NONE"}} }),
	)
	addCases("8794",
		fires("MOB twice", func(c *Census) { childB(c).Disabilities = append(childB(c).Disabilities, Disability{Code: "MOB"}) }),
		quiet("two different codes", func(c *Census) { childB(c).Disabilities = []Disability{{Code: "MOB"}, {Code: "VIS"}} }),
	)
	addCases("8590",
		fires("no episode", func(c *Census) { childA(c).Episodes = nil }),
		quiet("one NFA episode", func(c *Census) { childB(c).Episodes = childB(c).Episodes[:1] }),
	)
	addCases("2886Q",
		fires("3 of 4 children without a sex", func(c *Census) { childA(c).Sex, childB(c).Sex = "U", "" }),
		quiet("only the unborn child is U", func(c *Census) { childC(c).Sex = "U" }),
	)
	addCases("2887Q",
		fires("7 codes used", func(c *Census) { childC(c).Disabilities = childC(c).Disabilities[:4] }),
		quiet("8 codes used", func(c *Census) { childC(c).Disabilities = childC(c).Disabilities[:5] }),
	)
	addCases("2888Q",
		fires("nobody has two disabilities", func(c *Census) {
			childB(c).Disabilities = childB(c).Disabilities[:1]
			childC(c).Disabilities = childC(c).Disabilities[:1]
		}),
		quiet("one child has two", func(c *Census) { childC(c).Disabilities = childC(c).Disabilities[:1] }),
	)
}

// TestDuplicateFindingsPointAtEveryChild checks that 8510 names each child that shares the ID, at its
// ChildIdentifiers row.
func TestDuplicateFindingsPointAtEveryChild(t *testing.T) {
	c := baseCensus()
	childD(c).LAchildID = "A1"
	got := findingsOf(Validate(c, year2026()), "8510")
	if len(got) != 2 || got[0].Row != 0 || got[1].Row != 3 || got[0].Table != TableChild || got[1].Child != "A1" {
		t.Fatalf("8510 findings = %+v, want rows 0 and 3 of ChildIdentifiers", got)
	}
}

// TestDisabilityFindingsPointAtTheDisabilityRow checks that a repeated disability is reported at its own
// row of the Disabilities table, counted across the whole return.
func TestDisabilityFindingsPointAtTheDisabilityRow(t *testing.T) {
	c := baseCensus()
	childB(c).Disabilities = append(childB(c).Disabilities, Disability{Code: "HAND"})
	c.Renumber()
	got := findingsOf(Validate(c, year2026()), "8794")
	want := fmt.Sprint([]int{3})
	if len(got) != 1 || fmt.Sprint([]int{got[0].Row}) != want || got[0].Table != TableDisability || got[0].Child != "B2" {
		t.Fatalf("8794 findings = %+v, want Disabilities row 3 of B2", got)
	}
}
