package store_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"hearth"
	"hearth/returns/cin"
	"hearth/store/storetest"
)

// importCensus is a hand-built census of 2026: a new child with an open episode and a closed one, and
// a child with a disability whose referral was no further action. The open episode has two assessments
// not yet authorised and a CIN plan.
func importCensus() *cin.Census {
	c := &cin.Census{Header: cin.Header{Collection: "CIN", Year: "2026", ReferenceDate: hearth.NewDate(2026, 3, 31), LEA: "935"},
		Children: []cin.Child{
			{LAchildID: "IMP1", UPNunknown: "UN5", PersonBirthDate: hearth.NewDate(2015, 6, 1), GenderCurrent: "1", Ethnicity: "WBRI",
				Disabilities: []cin.Disability{{Code: "NONE"}},
				Episodes: []cin.Episode{
					{CINreferralDate: hearth.NewDate(2025, 4, 10), ReferralSource: "1A", PrimaryNeedCode: "N1", ReferralNFA: "false",
						CINclosureDate: hearth.NewDate(2025, 9, 1), ReasonForClosure: "RC8"},
					{CINreferralDate: hearth.NewDate(2025, 11, 3), ReferralSource: "5A", PrimaryNeedCode: "N2", ReferralNFA: "false",
						Assessments: []cin.Assessment{
							{ActualStartDate: hearth.NewDate(2025, 11, 4), InternalReviewDate: hearth.NewDate(2025, 12, 1)},
							{ActualStartDate: hearth.NewDate(2026, 3, 1)},
						},
						CINPlans: []cin.CINPlan{{StartDate: hearth.NewDate(2025, 12, 12)}}},
				}},
			{LAchildID: "IMP2", UPNunknown: "UN1", PersonBirthDate: hearth.NewDate(2019, 2, 14), GenderCurrent: "2", Ethnicity: "ABAN",
				Disabilities: []cin.Disability{{Code: "LD"}},
				Episodes: []cin.Episode{
					{CINreferralDate: hearth.NewDate(2026, 1, 5), ReferralSource: "3B", ReferralNFA: "true",
						CINclosureDate: hearth.NewDate(2026, 1, 6), ReasonForClosure: "RC8"},
				}},
		}}
	c.Renumber()
	return c
}

// TestImportCINThenExportGivesTheSameCensus checks, on both engines, that a census imported into an
// empty record is the census the record exports for the year, and that importing it again writes
// nothing.
func TestImportCINThenExportGivesTheSameCensus(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		want := importCensus()
		plan, err := db.ImportCIN(ctx, hearth.System, want, "cin.xml")
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.Problems) != 0 || plan.New != 2 || len(plan.Steps) != 8 {
			t.Fatalf("plan: %d new, %d steps, problems %+v; want 2 new, 8 steps, none", plan.New, len(plan.Steps), plan.Problems)
		}
		rec, err := db.LoadCIN(ctx, "935")
		if err != nil {
			t.Fatal(err)
		}
		got := cin.Export(rec, 2026)
		if !reflect.DeepEqual(got.Children, want.Children) {
			t.Errorf("export after import:\n got %+v\nwant %+v", got.Children, want.Children)
		}
		again, err := db.ImportCIN(ctx, hearth.System, importCensus(), "cin.xml")
		if err != nil {
			t.Fatal(err)
		}
		if len(again.Steps) != 0 || len(again.Problems) != 0 {
			t.Errorf("second import planned %d writes (%+v) and problems %+v; want none", len(again.Steps), again.Steps, again.Problems)
		}
	})
}

// TestImportCINReportsARowItCannotImport checks that an episode the record would refuse (no referral
// source), a child with an invalid LA child id and an authorised assessment (whose outcome, authoriser
// and whether the child was seen the record requires and the census does not give) are reported with
// their table, row and reason, and not written, while the rest of the census is.
func TestImportCINReportsARowItCannotImport(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		db := storetest.Open(t, dsn)
		ctx := context.Background()
		c := importCensus()
		c.Children[0].Episodes[1].ReferralSource = ""
		c.Children[0].Episodes[0].Assessments = []cin.Assessment{{ActualStartDate: hearth.NewDate(2025, 4, 12),
			AuthorisationDate: hearth.NewDate(2025, 5, 20), Factors: []string{"2A"}}}
		c.Children = append(c.Children, cin.Child{LAchildID: "", PersonBirthDate: hearth.NewDate(2020, 1, 1)})
		c.Renumber()
		plan, err := db.ImportCIN(ctx, hearth.System, c, "bad.xml")
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.Problems) != 3 {
			t.Fatalf("problems %+v; want the assessment, the episode and the child", plan.Problems)
		}
		if a := plan.Problems[0]; a.Table != "Assessments" || a.Row != 0 || !strings.Contains(a.Reason, "outcome") {
			t.Errorf("problem = %+v; want Assessments row 0, for want of an outcome", a)
		}
		p := plan.Problems[1]
		if p.File != "bad.xml" || p.Table != "CINdetails" || p.Row != 1 || p.Child != "IMP1" || p.Reason == "" {
			t.Errorf("problem = %+v; want bad.xml CINdetails row 1 of IMP1 with a reason", p)
		}
		if q := plan.Problems[2]; q.Table != "ChildIdentifiers" || q.Row != 2 {
			t.Errorf("problem = %+v; want ChildIdentifiers row 2", q)
		}
		rec, err := db.LoadCIN(ctx, "935")
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Children) != 2 || len(rec.Episodes) != 2 || len(rec.Assessments) != 0 {
			t.Errorf("record has %d children, %d episodes and %d assessments; want 2, 2 and 0 (the refused rows not written)",
				len(rec.Children), len(rec.Episodes), len(rec.Assessments))
		}
	})
}
