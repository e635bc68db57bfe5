package care

import (
	"bufio"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"hearth/frontdoor"
)

// TestCodeListsMatchTheSSDA903Specification checks each SSDA903 code list against the DfE specification in
// shared/reference (skipped when the reference folder is not beside the module).
func TestCodeListsMatchTheSSDA903Specification(t *testing.T) {
	f, err := os.Open("../../shared/reference/ssda903-columns.tsv")
	if err != nil {
		t.Skipf("SSDA903 reference not available: %v", err)
	}
	defer f.Close()
	spec := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) == 5 && cols[2] == "category" {
			spec[cols[0]+"."+cols[1]] = strings.Fields(cols[3])
		}
	}
	for item, list := range map[string]frontdoor.CodeList{
		"Episodes.RNE":                        ReasonsNewEpisode,
		"Episodes.LS":                         LegalStatuses,
		"Episodes.CIN":                        CategoriesOfNeed,
		"Episodes.PLACE":                      PlacementTypes,
		"Episodes.PLACE_PROVIDER":             PlacementProviders,
		"Episodes.REC":                        ReasonsCeased,
		"Episodes.REASON_PLACE_CHANGE":        ReasonsPlaceChange,
		"Reviews.REVIEW_CODE":                 ReviewParticipation,
		"OC2.SDQ_REASON":                      SDQReasons,
		"PrevPerm.PREV_PERM":                  PreviousPermanenceOptions,
		"AD1.SEX_ADOPTR":                      AdopterSexes,
		"AD1.LS_ADOPTR":                       AdopterLegalStatuses,
		"PlacedAdoption.REASON_PLACED_CEASED": ReasonsPlacedCeased,
	} {
		want := spec[item]
		if want == nil {
			t.Errorf("%s is not a category column of the specification", item)
			continue
		}
		got := list.Codes()
		if !slices.Equal(got, want) {
			t.Errorf("%s codes = %v, want %v (in the specification's order)", item, got, want)
		}
		for _, c := range list {
			if c.Description == "" {
				t.Errorf("%s code %s has no meaning", item, c.Code)
			}
		}
	}
}

// rows is a zero value of every table's row in this package.
var rows = []any{Episode{}, Review{}, UASC{}, HealthAssessment{}, Immunisations{}, SDQ{}, SubstanceMisuse{},
	Conviction{}, PlacedForAdoption{}, Adopters{}, Adoption{}, PreviousPermanence{}, DeprivationOfLiberty{},
	PersonalEducationPlan{}}

func TestEveryCodesTagNamesAList(t *testing.T) {
	for _, row := range rows {
		typ := reflect.TypeOf(row)
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if name := f.Tag.Get("codes"); name != "" && len(CodeLists[name]) == 0 {
				t.Errorf("%s.%s: codes:%q is not in CodeLists", typ.Name(), f.Name, name)
			}
			if f.Tag.Get("db") != "" && f.Tag.Get("doc") == "" {
				t.Errorf("%s.%s has no doc tag", typ.Name(), f.Name)
			}
		}
	}
}
