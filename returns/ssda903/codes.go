package ssda903

// The DfE's code lists that more than one rule checks against (ssda903-schema-2024.yml). A list used by
// one rule only is written in that rule.

// ethnicities are the ethnicity codes of the Header's ETHNIC.
var ethnicities = []string{"WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
	"ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"}

// oneOf says whether v is one of the codes.
func oneOf(v string, codes ...string) bool {
	for _, c := range codes {
		if v == c {
			return true
		}
	}
	return false
}
