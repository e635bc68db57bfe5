package hearth

// NameMatch says how closely a name someone typed matches a name on the record. The levels are ordered:
// a higher level is a closer match, so search can rank the people it finds and say why each was found.
type NameMatch int

const (
	// NameDiffers: no likeness worth showing.
	NameDiffers NameMatch = iota
	// NameStartsAlike: the first letters agree (the index found it that way) but the rest differs more
	// than a slip of the keyboard would explain.
	NameStartsAlike
	// NameSpeltAlike: one or two letters typed wrong, missed, added or swapped ("Smiht" for Smith).
	NameSpeltAlike
	// NameSoundsAlike: spelt differently but said the same (Mohammed and Muhammad, Catherine and Katherine).
	NameSoundsAlike
	// NameExact: the same name once case, accents, spaces and punctuation are set aside.
	NameExact
)

// String says how the name matched, in words a search page can show after "name": "exactly", ...
func (m NameMatch) String() string {
	switch m {
	case NameExact:
		return "exactly"
	case NameSoundsAlike:
		return "sounds the same"
	case NameSpeltAlike:
		return "spelt nearly the same"
	case NameStartsAlike:
		return "starts the same"
	}
	return "differs"
}

// CompareNames says how closely typed, a name as someone typed it, matches stored, a name as the record
// holds it. Both are normalised (NormaliseName) and keyed (NameKey) first, so the comparison is the one
// search makes. An empty name matches nothing.
func CompareNames(typed, stored string) NameMatch {
	a, b := NormaliseName(typed), NormaliseName(stored)
	return CompareNormalisedNames(a, nameKey(a), b, nameKey(b))
}

// CompareNormalisedNames is CompareNames over names already normalised and keyed: the form in which the
// person table keeps them (surname_norm, surname_key, ...), so search compares each row it reads without
// normalising it again.
func CompareNormalisedNames(a, aKey, b, bKey string) NameMatch {
	switch {
	case a == "" || b == "":
		return NameDiffers
	case a == b:
		return NameExact
	case aKey != "" && aKey == bKey:
		return NameSoundsAlike
	case EditDistance(a, b) <= typoAllowance(a):
		return NameSpeltAlike
	case len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2]:
		return NameStartsAlike
	}
	return NameDiffers
}

// typoAllowance is how many slips a name of this length may carry and still be "spelt nearly the same":
// one in a short name (Ali and Alu are different people more often than a slip), two from six letters.
func typoAllowance(name string) int {
	if len(name) >= 6 {
		return 2
	}
	return 1
}

// EditDistance returns the number of single-letter changes (a letter replaced, left out, added, or two
// neighbours swapped) that turn a into b: the optimal string alignment distance. Swapped neighbours count
// as one change because that is the commonest typing slip ("Jonh", "Smiht").
func EditDistance(a, b string) int {
	if a == b {
		return 0
	}
	if len(a) == 0 {
		return len(b)
	}
	if len(b) == 0 {
		return len(a)
	}
	// Three rows of the dynamic programme: two back (for swaps), the previous one and the current one.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
