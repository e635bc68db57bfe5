package returns

import (
	"testing"

	"hearth"
)

func TestCollectionYear(t *testing.T) {
	for d, want := range map[hearth.Date]int{
		hearth.NewDate(2026, 3, 31): 2026, hearth.NewDate(2026, 4, 1): 2027, hearth.NewDate(2026, 11, 23): 2027,
	} {
		if got := CollectionYear(d); got != want {
			t.Errorf("CollectionYear(%s) = %d, want %d", d, got, want)
		}
	}
}
