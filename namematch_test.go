package hearth

import "testing"

func TestCompareNames(t *testing.T) {
	for _, c := range []struct {
		typed, stored string
		want          NameMatch
	}{
		{"smith", "Smith", NameExact},
		{"O'Brien", "OBRIEN", NameExact},
		{"Muhammad", "Mohammed", NameSoundsAlike},
		{"Catherine", "Katherine", NameSoundsAlike},
		{"Smyth", "Smith", NameSoundsAlike},
		{"Smiht", "Smith", NameSpeltAlike},
		{"Jonh", "John", NameSoundsAlike},
		{"Smtih", "Smith", NameSpeltAlike},
		{"Smithers", "Smith", NameStartsAlike},
		{"Ben", "Ken", NameSpeltAlike}, {"Alexnader", "Alexander", NameSoundsAlike},
		{"Jones", "Smith", NameDiffers},
		{"", "Smith", NameDiffers},
	} {
		if got := CompareNames(c.typed, c.stored); got != c.want {
			t.Errorf("CompareNames(%q, %q) = %v, want %v", c.typed, c.stored, got, c.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"SMITH", "SMITH", 0}, {"SMIHT", "SMITH", 1}, {"SMTH", "SMITH", 1}, {"SMITHE", "SMITH", 1},
		{"SMYTH", "SMITH", 1}, {"", "ABC", 3}, {"KITTEN", "SITTING", 3},
	} {
		if got := EditDistance(c.a, c.b); got != c.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
