package leaving

import (
	"bufio"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"hearth/frontdoor"
)

// TestCodeListsMatchTheSSDA903Specification checks the OC3 code lists against the DfE specification in
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
		"OC3.IN_TOUCH": InTouchCodes,
		"OC3.ACTIV":    Activities,
		"OC3.ACCOM":    Accommodations,
	} {
		if got, want := list.Codes(), spec[item]; !slices.Equal(got, want) {
			t.Errorf("%s codes = %v, want %v", item, got, want)
		}
	}
}

func TestEveryCodesTagNamesAList(t *testing.T) {
	for _, row := range []any{CareLeaver{}, Status{}, Contact{}, NeedsAssessment{}, PathwayPlan{}, PathwayPlanReview{}, HealthHistory{}, AdultTransition{}, Provider{}, ProviderVisit{}, Panel{}, PanelCase{}, PanelAction{}} {
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
