package store_test

import (
	"context"
	"testing"

	"hearth"
	"hearth/care"
	"hearth/store/storetest"
)

// TestPostcodeDistricts reads back the districts asked for, and only those that stand: one recorded in
// error is left out, one not recorded is absent, and asking for none reads nothing.
func TestPostcodeDistricts(t *testing.T) {
	storetest.ForEachEngine(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		db := storetest.Open(t, dsn)
		sl1 := &care.PostcodeDistrict{Outward: "SL1", LACode: "E06000039", OwnArea: true, Easting: 497000, Northing: 180000}
		rg1 := &care.PostcodeDistrict{Outward: "RG1", LACode: "E06000038", Easting: 527000, Northing: 220000}
		for _, d := range []*care.PostcodeDistrict{sl1, rg1} {
			if err := db.Insert(ctx, hearth.System, d); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.MarkRecordedInError(ctx, hearth.System, "postcode_districts", rg1.ID, rg1.Version, "wrong authority"); err != nil {
			t.Fatal(err)
		}
		got, err := db.PostcodeDistricts(ctx, "SL1", "RG1", "ZE1", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got["SL1"].LACode != "E06000039" || !got["SL1"].OwnArea || got["SL1"].Easting != 497000 {
			t.Errorf("got %+v, want SL1 alone", got)
		}
		if none, err := db.PostcodeDistricts(ctx); err != nil || len(none) != 0 {
			t.Errorf("asking for no districts gave %v, %v", none, err)
		}
		dup := &care.PostcodeDistrict{Outward: "SL1", LACode: "E06000039", Easting: 1, Northing: 1}
		if err := db.Insert(ctx, hearth.System, dup); err == nil {
			t.Error("a second row for SL1 was accepted")
		}
	})
}
