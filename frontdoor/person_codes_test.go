package frontdoor

import (
	"os"
	"strings"
	"testing"
)

// TestEthnicitiesMatchTheCINCensusSchema checks the list against the CIN census schema's ethnicitytype,
// so a code the DfE would reject can never be offered on a form.
func TestEthnicitiesMatchTheCINCensusSchema(t *testing.T) {
	b, err := os.ReadFile("../../shared/reference/cin-census-elements.tsv")
	if err != nil {
		t.Skip("the DfE reference files are not beside the repository: ", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 7 || f[1] != "Ethnicity" {
			continue
		}
		want := strings.Fields(f[6])
		if got := Ethnicities.Codes(); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("ethnicity codes\n got %v\nwant %v", got, want)
		}
		return
	}
	t.Fatal("no Ethnicity row in cin-census-elements.tsv")
}
