package ssda903

// The rules about the OC3 table (care leavers around their 17th to 21st birthdays) and what a care
// leaver must not also have.

// The OC3 code lists as the DfE's validator checks them. ACCOM pairs each kind of accommodation with 1
// (suitable) or 2 (not suitable); there is no S1 or X1, since having no fixed abode or living in bed and
// breakfast is never suitable.
var (
	oc3InTouch = []string{"YES", "NO", "DIED", "REFU", "NREQ", "RHOM"}
	oc3Activ   = []string{"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"}
	oc3Accom   = []string{"B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2",
		"S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0"}
)

func init() {
	register(
		&Rule{Code: "131", Check: func(c *Check) {
			for i := range c.R.OC3 {
				if !oneOf(c.R.OC3[i].IN_TOUCH, oc3InTouch...) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "132", Check: func(c *Check) {
			for i := range c.R.OC3 {
				if !oneOf(c.R.OC3[i].ACTIV, oc3Activ...) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "133", Check: func(c *Check) {
			for i := range c.R.OC3 {
				if !oneOf(c.R.OC3[i].ACCOM, oc3Accom...) {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "134", Check: func(c *Check) {
			// A child with any care-leaver item must not have any adoption item: adoption ends being
			// looked after, so an adopted child is never a care leaver.
			for i := range c.R.AD1 {
				a := &c.R.AD1[i]
				if !a.hasData() {
					continue
				}
				for _, k := range c.R.ChildRows(OC3, a.CHILD) {
					if c.R.OC3[k].hasData() {
						c.Flag(AD1, i)
						break
					}
				}
			}
		}},
		&Rule{Code: "153", Check: func(c *Check) {
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if o.hasData() && (o.IN_TOUCH == "" || o.ACTIV == "" || o.ACCOM == "") {
					c.Flag(OC3, i)
				}
			}
		}},
		&Rule{Code: "215", Check: func(c *Check) {
			// A care leaver is not looked after, so has no 12-month outcomes: a finding points at both
			// the OC3 row and the OC2 row.
			for i := range c.R.OC3 {
				o := &c.R.OC3[i]
				if !o.hasData() {
					continue
				}
				flagged := false
				for _, k := range c.R.ChildRows(OC2, o.CHILD) {
					if c.R.OC2[k].hasItems() {
						if !flagged {
							c.Flag(OC3, i)
							flagged = true
						}
						c.Flag(OC2, k)
					}
				}
			}
		}},
	)
}

// hasData says whether any of the care leaver's items is filled in.
func (r *OC3Row) hasData() bool { return r.IN_TOUCH != "" || r.ACTIV != "" || r.ACCOM != "" }

// hasData says whether any of the adoption's items is filled in.
func (r *AD1Row) hasData() bool {
	return r.DATE_INT != "" || r.DATE_MATCH != "" || r.FOSTER_CARE != "" || r.NB_ADOPTR != "" || r.SEX_ADOPTR != "" || r.LS_ADOPTR != ""
}
