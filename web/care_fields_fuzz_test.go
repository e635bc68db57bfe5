package web

import (
	"net/url"
	"testing"

	"hearth/care"
)

// FuzzCareFields checks that no typing makes the readers of the care forms panic, and that what they
// accept keeps their promises: an amount of money is whole pounds from 0 to 100,000 (refused at its field
// otherwise), a postcode accepted is a postcode with its district, and a placement read without errors
// has a placement type of the DfE's list and a provider unless it is temporary or Z1.
func FuzzCareFields(f *testing.F) {
	f.Add("£1,200", "sl1 1aa", "U6", "PR1")
	f.Add("-5", "RG1", "T2", "")
	f.Add("", "", "", "")
	f.Add("1e3", "GIR 0AA", "K2", "PR9")
	f.Add("100001", " sw1a  2aa ", "Z1", "")
	f.Fuzz(func(t *testing.T, money, postcode, typ, provider string) {
		form := NewForm(url.Values{"allocated-1": {money}, "placement-postcode": {postcode}, "placement-type": {typ}, "placement-provider": {provider}})
		n := poundsValue(form, "allocated-1")
		if form.Error("allocated-1") == "" && (n < 0 || n > 100000) {
			t.Fatalf("accepted £%d from %q", n, money)
		}
		if form.Error("allocated-1") != "" && n != 0 {
			t.Fatalf("refused %q but read £%d", money, n)
		}
		var e care.Episode
		readPlacement(form, &e)
		if form.Error("placement-postcode") == "" && !e.PlacementPostcode.IsZero() && e.PlacementPostcode.Outward() == "" {
			t.Fatalf("accepted the postcode %q without a district", postcode)
		}
		if form.Error("placement-type") == "" && !care.PlacementTypes.Has(e.PlacementType) {
			t.Fatalf("accepted the placement type %q", typ)
		}
		if form.Error("placement-type") == "" && form.Error("placement-provider") == "" &&
			e.PlacementProvider == "" && !care.TemporaryPlacements[e.PlacementType] && e.PlacementType != "Z1" {
			t.Fatalf("accepted placement %q without a provider", e.PlacementType)
		}
	})
}
