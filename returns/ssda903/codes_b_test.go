package ssda903

import "testing"

func TestIsTemporary(t *testing.T) {
	for _, p := range temporaryPlacements {
		if !isTemporary(p) {
			t.Errorf("%s is not temporary", p)
		}
	}
	for _, p := range []string{"", "T", "T5", "U1", "t1", "T10"} {
		if isTemporary(p) {
			t.Errorf("%q is temporary", p)
		}
	}
}
