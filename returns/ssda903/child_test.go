package ssda903

import (
	"testing"

	"hearth"
	"hearth/care"
)

func TestCheckChildFindsTheChildsOwnBreaches(t *testing.T) {
	id, err := hearth.ParseLAChildID("C7")
	if err != nil {
		t.Fatal(err)
	}
	child := hearth.Person{Record: hearth.Record{ID: 7, Status: hearth.StatusActive}, LAChildID: id, Sex: "1",
		BirthDate: hearth.NewDate(2012, 5, 1), Ethnicity: "WBRI", UPNUnknown: "UN1"}
	episode := func(start hearth.Date) care.Episode {
		return care.Episode{Record: hearth.Record{Status: hearth.StatusActive}, PersonID: 7, StartDate: start,
			ReasonNewEpisode: "S", LegalStatus: "C2", CategoryOfNeed: "N1", PlacementType: "U1", PlacementProvider: "PR1"}
	}
	rec := &Record{Children: []hearth.Person{child}, Episodes: []care.Episode{episode(hearth.NewDate(2026, 5, 1))}}
	on := hearth.NewDate(2026, 11, 23)

	got := CheckChild(rec, on)
	if got.Year != 2027 || !got.InReturn || got.Rules == 0 {
		t.Fatalf("checks %+v, want the 2026/27 return with rules run", got)
	}
	for _, f := range got.Findings {
		if f.Rule == "103" {
			t.Fatalf("a recorded ethnicity was flagged: %+v", f)
		}
	}

	child.Ethnicity = "XXXX"
	rec.Children[0] = child
	got = CheckChild(rec, on)
	found := false
	for _, f := range got.Findings {
		found = found || (f.Rule == "103" && f.Child == "C7" && f.Table == "Header")
	}
	if !found {
		t.Errorf("an unknown ethnicity code is not reported: %+v", got.Findings)
	}

	if got := CheckChild(&Record{Children: []hearth.Person{child}}, on); got.InReturn || len(got.Findings) > 0 {
		t.Errorf("a child never looked after is checked: %+v", got)
	}
}
