package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"hearth"
)

// PersonQuery is what someone looking for a person typed: any of a name (forename and surname in one box,
// in either order, or "Surname, Forename"), a date of birth, an NHS number and an LA child ID. Limit and
// Offset page through the results.
type PersonQuery struct {
	Name         string
	BirthDate    hearth.Date
	NHSNumber    string // as typed: spaces and hyphens are ignored
	LAChildID    string // as typed: spaces are ignored and letters upper-cased
	ChildrenOnly bool   // leave out adults who appear only as relatives, carers or household members
	Limit        int    // results per page: 20 when 0, at most 100
	Offset       int
}

// PersonMatch is one person a search found, with how well they matched and why.
type PersonMatch struct {
	PersonID  hearth.ID
	LAChildID hearth.LAChildID
	IsChild   bool
	Forename  string
	Surname   string
	BirthDate hearth.Date
	NHSNumber hearth.NHSNumber
	Gender    string
	// Restricted is true for a sealed record. When the searcher is not named on it, Masked is true and
	// the names, date of birth and identifiers are left empty: the page can say that a restricted record
	// matched (which a duplicate check must say) without showing whose it is.
	Restricted bool
	Masked     bool
	// Exact is true when every term of the search matched exactly; exact matches come first.
	Exact bool
	// Score orders the matches: the higher, the closer.
	Score int
	// Why says what matched, in words a page can list: "surname exactly", "forename sounds the same",
	// "date of birth", "NHS number".
	Why []string

	nameLevel, foreLevel hearth.NameMatch // how the surname and forename matched, for PossibleDuplicates
}

// PersonResults is one page of a search's matches, best first.
type PersonResults struct {
	Matches []PersonMatch
	// Total is how many people matched. When Capped is true more than Total matched and only the closest
	// Total were ranked: the page should ask for a date of birth or a fuller name.
	Total  int
	Capped bool
	Limit  int
	Offset int
}

// HasMore reports whether there are matches after this page.
func (r PersonResults) HasMore() bool { return r.Offset+len(r.Matches) < r.Total }

// searchCap is the most candidates a search ranks. A search for a common surname alone ("Smith") finds
// thousands of people in a large authority; nobody reads past the first few pages, and ranking them all
// would make the commonest search the slowest.
const searchCap = 500

// SearchPeople finds people by name, tolerating typing slips and spellings that sound alike (it uses the
// phonetic and normalised name columns that Person.Prepare keeps and migration 00002 indexes), by date of
// birth, by NHS number and by LA child ID. Exact matches come first, each with the reasons it matched.
// Every search is written to the audit log with the actor and the terms, because the whole organisation
// may search (DESIGN.md, Access) and a search is the first step to opening a record. People whose person
// row is recorded in error are left out.
//
// It does not decide whether the actor may search: the caller asks access.CanSearch first.
func (db *DB) SearchPeople(ctx context.Context, actor hearth.Actor, q PersonQuery) (PersonResults, error) {
	res := PersonResults{Limit: q.Limit, Offset: max(0, q.Offset)}
	if res.Limit <= 0 {
		res.Limit = 20
	}
	res.Limit = min(res.Limit, 100)
	t, err := parseTerms(q)
	if err != nil {
		return res, err
	}
	matches, capped, err := db.searchMatches(ctx, actor, t)
	if err != nil {
		return res, err
	}
	res.Total, res.Capped = len(matches), capped
	if res.Offset < len(matches) {
		res.Matches = matches[res.Offset:min(len(matches), res.Offset+res.Limit)]
	}
	detail := t.describe() + fmt.Sprintf("; %d found", res.Total)
	if capped {
		detail += " (capped)"
	}
	if err := db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionSearch, Table: "person", Detail: detail}); err != nil {
		return res, fmt.Errorf("auditing a search: %w", err)
	}
	return res, nil
}

// PossibleDuplicates returns the people already recorded who may be the person about to be created:
// those whose NHS number or LA child ID is the same, and those whose name matches (exactly, sounding the
// same, or with a slip) and whose date of birth is the same or not recorded on either side. They are the
// list a page shows before "create a new person", so that a child known under a misspelt name is found
// rather than recorded twice. The check is audited like a search.
func (db *DB) PossibleDuplicates(ctx context.Context, actor hearth.Actor, p hearth.Person) ([]PersonMatch, error) {
	q := PersonQuery{Name: strings.TrimSpace(p.Forename + " " + p.Surname), BirthDate: p.BirthDate,
		NHSNumber: p.NHSNumber.String(), LAChildID: p.LAChildID.String()}
	t, err := parseTerms(q)
	if err != nil {
		return nil, err
	}
	// The person's own names are known to be forename and surname: never try them the other way round.
	t.single, t.singleKey, t.pairs = "", "", nil
	if pair := pairOf(hearth.FirstName(p.Forename), p.Surname, false); pair.sur != "" {
		t.pairs = []namePair{pair}
	}
	if t.pairs == nil && t.dob.IsZero() && t.nhs.IsZero() && t.laID.IsZero() {
		return nil, nil // nothing to compare: a person without a surname or any identifier
	}
	matches, _, err := db.searchMatches(ctx, actor, t)
	if err != nil {
		return nil, err
	}
	var out []PersonMatch
	for _, m := range matches {
		if m.Masked || slices.Contains(m.Why, whyNHS) || slices.Contains(m.Why, whyLAChildID) {
			out = append(out, m)
			continue
		}
		nameOK := m.nameLevel >= hearth.NameSpeltAlike && m.foreLevel >= hearth.NameStartsAlike
		dobOK := t.dob.IsZero() || m.BirthDate.IsZero() || m.BirthDate == t.dob
		if nameOK && dobOK {
			out = append(out, m)
		}
	}
	for i := range out {
		out[i].nameLevel, out[i].foreLevel = 0, 0
	}
	err = db.Audit(ctx, AuditEntry{Actor: actor, Action: ActionSearch, Table: "person",
		Detail: "duplicate check: " + t.describe() + fmt.Sprintf("; %d found", len(out))})
	if err != nil {
		return nil, fmt.Errorf("auditing a duplicate check: %w", err)
	}
	return out, nil
}

// The reasons a match gives for the identifiers and date of birth.
const (
	whyNHS       = "NHS number"
	whyLAChildID = "LA child ID"
	whyBirthDate = "date of birth"
)

// namePair is one reading of the name box: which word is the forename and which the surname, normalised
// and keyed as the person table keeps them.
type namePair struct {
	fore, foreKey, sur, surKey string
	swapped                    bool // the second reading of two words: surname first
}

// searchTerms is a PersonQuery checked and normalised.
type searchTerms struct {
	raw          PersonQuery
	single       string // one word typed: it may be a forename or a surname
	singleKey    string
	pairs        []namePair
	dob          hearth.Date
	nhs          hearth.NHSNumber
	laID         hearth.LAChildID
	childrenOnly bool
}

// parseTerms reads the query. A malformed NHS number or LA child ID is an EINVALID error saying what is
// wrong, because searching on a number that cannot exist would only ever find nothing.
func parseTerms(q PersonQuery) (searchTerms, error) {
	t := searchTerms{raw: q, dob: q.BirthDate, childrenOnly: q.ChildrenOnly}
	var err error
	if strings.TrimSpace(q.NHSNumber) != "" {
		if t.nhs, err = hearth.ParseNHSNumber(q.NHSNumber); err != nil {
			return t, err
		}
	}
	if strings.TrimSpace(q.LAChildID) != "" {
		if t.laID, err = hearth.ParseLAChildID(q.LAChildID); err != nil {
			return t, err
		}
	}
	name := strings.TrimSpace(q.Name)
	if sur, fore, ok := strings.Cut(name, ","); ok {
		t.pairs = append(t.pairs, pairOf(hearth.FirstName(fore), sur, false))
	} else if words := strings.Fields(name); len(words) == 1 {
		t.single = hearth.NormaliseName(words[0])
		t.singleKey = hearth.NameKey(words[0])
	} else if len(words) > 1 {
		last := words[len(words)-1]
		t.pairs = append(t.pairs, pairOf(words[0], last, false), pairOf(last, words[0], true))
		if len(words) > 2 { // "Anna van Dyke": the surname may be every word after the first
			t.pairs = append(t.pairs, pairOf(words[0], strings.Join(words[1:], " "), false))
		}
	}
	if t.single == "" && len(t.pairs) > 0 && t.pairs[0].sur == "" && t.pairs[0].fore == "" {
		t.pairs = nil
	}
	if t.single == "" && t.pairs == nil && t.dob.IsZero() && t.nhs.IsZero() && t.laID.IsZero() {
		return t, hearth.Errorf(hearth.EINVALID, "Enter a name, a date of birth, an NHS number or an LA child ID to search for")
	}
	return t, nil
}

func pairOf(fore, sur string, swapped bool) namePair {
	f, s := hearth.NormaliseName(fore), hearth.NormaliseName(sur)
	return namePair{fore: f, foreKey: hearth.NameKey(f), sur: s, surKey: hearth.NameKey(s), swapped: swapped}
}

// describe writes the terms for the audit log.
func (t searchTerms) describe() string {
	var parts []string
	if n := strings.TrimSpace(t.raw.Name); n != "" {
		parts = append(parts, fmt.Sprintf("name %q", n))
	}
	if !t.dob.IsZero() {
		parts = append(parts, "date of birth "+t.dob.String())
	}
	if !t.nhs.IsZero() {
		parts = append(parts, "NHS number "+t.nhs.String())
	}
	if !t.laID.IsZero() {
		parts = append(parts, "LA child ID "+t.laID.String())
	}
	if t.childrenOnly {
		parts = append(parts, "children only")
	}
	return strings.Join(parts, ", ")
}

// where returns the condition that finds the candidates, and its arguments. Every branch is one that an
// index of migration 00002 (or the unique LA child ID) answers, so the candidates are found by index
// probes however large the authority:
//
//   - both names sound the same (person_search_keys);
//   - the forename sounds the same and the surname starts with the same two letters, for a slip late in
//     the surname ("Smiht", whose key is not Smith's) (person_search_forename);
//   - the surname is exact and the forename starts with the same letter, for a slip that changes the
//     forename's key (person_search_surname);
//   - one word typed: it sounds like a surname or a forename;
//   - the date of birth, the NHS number or the LA child ID is the same.
//
// Prefixes are ranges (>= and <) rather than LIKE, which both engines answer from a plain index.
func (t searchTerms) where() (string, []any) {
	var ors []string
	var args []any
	for _, p := range t.pairs {
		if p.surKey != "" && p.foreKey != "" {
			ors = append(ors, "(surname_key = ? AND forename_key = ?)")
			args = append(args, p.surKey, p.foreKey)
		}
		if p.foreKey != "" && len(p.sur) >= 2 {
			lo, hi := prefixRange(p.sur[:2])
			ors = append(ors, "(forename_key = ? AND surname_norm >= ? AND surname_norm < ?)")
			args = append(args, p.foreKey, lo, hi)
		}
		if p.sur != "" && p.fore != "" {
			lo, hi := prefixRange(p.fore[:1])
			ors = append(ors, "(surname_norm = ? AND forename_norm >= ? AND forename_norm < ?)")
			args = append(args, p.sur, lo, hi)
		}
		if p.fore == "" && p.surKey != "" { // "Smith," with no forename
			ors = append(ors, "surname_key = ?")
			args = append(args, p.surKey)
		}
	}
	if t.singleKey != "" {
		ors = append(ors, "surname_key = ?", "forename_key = ?")
		args = append(args, t.singleKey, t.singleKey)
	}
	if !t.dob.IsZero() {
		ors = append(ors, "birth_date = ?")
		args = append(args, t.dob)
	}
	if !t.nhs.IsZero() {
		ors = append(ors, "nhs_number = ?")
		args = append(args, t.nhs.String())
	}
	if !t.laID.IsZero() {
		ors = append(ors, "la_child_id = ?")
		args = append(args, t.laID.String())
	}
	if len(ors) == 0 {
		ors = append(ors, "1 = 0") // only names in scripts the keys cannot spell: nothing to look up
	}
	w := "record_status = 'active' AND (" + strings.Join(ors, "\n OR ") + ")"
	if t.childrenOnly {
		w += " AND is_child = ?"
		args = append(args, true)
	}
	return w, args
}

// prefixRange returns the bounds of the names that start with p: lo <= name < hi. Names hold the
// capital letters A to Z only, so the upper bound is p with its last letter moved on one (and "ZZ" is
// bounded by a string after every name).
func prefixRange(p string) (lo, hi string) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 'Z' {
			b[i]++
			return p, string(b[:i+1])
		}
	}
	return p, p + "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"
}

// candidate is one person row as search reads it.
type candidate struct {
	PersonMatch
	foreNorm, foreKey, surNorm, surKey string
}

// searchMatches reads the candidates, ranks them and masks the restricted records the actor is not named
// on. capped reports that more than searchCap people matched.
func (db *DB) searchMatches(ctx context.Context, actor hearth.Actor, t searchTerms) ([]PersonMatch, bool, error) {
	where, args := t.where()
	q := `SELECT id, la_child_id, is_child, forename, surname, birth_date, nhs_number, gender, restricted,
		forename_norm, forename_key, surname_norm, surname_key FROM person WHERE ` + where + ` LIMIT ?`
	for i, a := range args {
		args[i] = db.Engine.arg(a)
	}
	args = append(args, searchCap+1)
	stmt, err := db.stmt(ctx, db.rebind(q))
	if err != nil {
		return nil, false, fmt.Errorf("preparing a person search: %w", err)
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, false, fmt.Errorf("searching for people: %w", err)
	}
	defer rows.Close()
	var out []PersonMatch
	n := 0
	for rows.Next() {
		n++
		var c candidate
		var fk, fn, sk, sn, gender *string
		var restricted any
		if err := rows.Scan(&c.PersonID, &c.LAChildID, &c.IsChild, &c.Forename, &c.Surname, &c.BirthDate, &c.NHSNumber,
			&gender, &restricted, &fn, &fk, &sn, &sk); err != nil {
			return nil, false, fmt.Errorf("reading a person search: %w", err)
		}
		c.Gender, c.foreNorm, c.foreKey, c.surNorm, c.surKey = deref(gender), deref(fn), deref(fk), deref(sn), deref(sk)
		c.Restricted = truthy(restricted)
		if t.rank(&c) {
			out = append(out, c.PersonMatch)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("reading a person search: %w", err)
	}
	capped := n > searchCap
	slices.SortStableFunc(out, func(a, b PersonMatch) int {
		switch {
		case a.Exact != b.Exact:
			if a.Exact {
				return -1
			}
			return 1
		case a.Score != b.Score:
			return b.Score - a.Score
		case a.Surname != b.Surname:
			return strings.Compare(a.Surname, b.Surname)
		case a.Forename != b.Forename:
			return strings.Compare(a.Forename, b.Forename)
		}
		return int(a.PersonID - b.PersonID)
	})
	if err := db.maskRestricted(ctx, actor, out); err != nil {
		return nil, false, err
	}
	return out, capped, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// rank scores a candidate against the terms, fills in why it matched, and reports whether to keep it. A
// candidate found only through its date of birth is kept when a name was typed only if some part of its
// name is like the name typed, because a date of birth alone matches dozens of strangers.
func (t searchTerms) rank(c *candidate) bool {
	exact := true
	nameTyped := t.single != "" || len(t.pairs) > 0
	if nameTyped {
		best, why, sur, fore := t.nameScore(c)
		if best == 0 {
			if t.nhs.IsZero() && t.laID.IsZero() {
				return false
			}
			exact = false
		}
		c.Score += best
		c.Why = append(c.Why, why...)
		c.nameLevel, c.foreLevel = sur, fore
		exact = exact && sur == hearth.NameExact && (t.single != "" || fore == hearth.NameExact)
	}
	if !t.dob.IsZero() {
		if c.BirthDate == t.dob {
			c.Score += 50
			c.Why = append(c.Why, whyBirthDate)
		} else {
			exact = false
		}
	}
	if !t.nhs.IsZero() {
		if c.NHSNumber == t.nhs {
			c.Score += 100
			c.Why = append(c.Why, whyNHS)
		} else {
			exact = false
		}
	}
	if !t.laID.IsZero() {
		if c.LAChildID == t.laID {
			c.Score += 100
			c.Why = append(c.Why, whyLAChildID)
		} else {
			exact = false
		}
	}
	c.Exact = exact && len(c.Why) > 0
	return len(c.Why) > 0
}

// nameLevelScore weighs how a name matched; the surname counts for a little more than the forename,
// which people shorten and change more often.
var nameLevelScore = [...]int{hearth.NameDiffers: 0, hearth.NameStartsAlike: 4, hearth.NameSpeltAlike: 14,
	hearth.NameSoundsAlike: 18, hearth.NameExact: 24}

// nameScore returns the best score of the candidate's names against any reading of the name box, with
// the reasons, and the surname and forename levels of that reading.
func (t searchTerms) nameScore(c *candidate) (int, []string, hearth.NameMatch, hearth.NameMatch) {
	if t.single != "" {
		s := hearth.CompareNormalisedNames(t.single, t.singleKey, c.surNorm, c.surKey)
		f := hearth.CompareNormalisedNames(t.single, t.singleKey, c.foreNorm, c.foreKey)
		if s < hearth.NameSpeltAlike && f < hearth.NameSpeltAlike {
			return 0, nil, hearth.NameDiffers, hearth.NameDiffers
		}
		if s >= f {
			return nameLevelScore[s] * 2, []string{"surname " + s.String()}, s, hearth.NameDiffers
		}
		// A forename alone ranks below a surname alone: it is the weaker way to find a family.
		return nameLevelScore[f]*2 - 1, []string{"forename " + f.String()}, f, hearth.NameDiffers
	}
	best, bestSur, bestFore := -1, hearth.NameDiffers, hearth.NameDiffers
	var why []string
	for _, p := range t.pairs {
		s := hearth.CompareNormalisedNames(p.sur, p.surKey, c.surNorm, c.surKey)
		f := hearth.CompareNormalisedNames(p.fore, p.foreKey, c.foreNorm, c.foreKey)
		if p.fore == "" {
			f = hearth.NameExact // "Smith," asks about the surname only
		}
		// Both names must bear some likeness (a shared surname alone is the whole family), and a surname
		// that only starts the same needs the forename exact: Joan Small is not a slip for John Smyth.
		if s == hearth.NameDiffers || f == hearth.NameDiffers || (s < hearth.NameSpeltAlike && f < hearth.NameExact) {
			continue
		}
		score := nameLevelScore[s] + nameLevelScore[f]
		if p.swapped {
			score-- // the order typed is the likelier reading
		}
		if score > best {
			best, bestSur, bestFore = score, s, f
			why = []string{"surname " + s.String()}
			if p.fore != "" {
				why = append(why, "forename "+f.String())
			}
		}
	}
	if best < 0 {
		return 0, nil, hearth.NameDiffers, hearth.NameDiffers
	}
	return best, why, bestSur, bestFore
}

// maskRestricted empties the identifying details of restricted records whose seal does not name the
// actor. The people named are read in one query, and only when a restricted record matched.
func (db *DB) maskRestricted(ctx context.Context, actor hearth.Actor, ms []PersonMatch) error {
	var ids []any
	for _, m := range ms {
		if m.Restricted {
			ids = append(ids, m.PersonID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	named := map[hearth.ID]bool{}
	if actor.UserID != 0 && actor.Role != hearth.RoleSystem {
		q := `SELECT person_id FROM restricted_access WHERE user_id = ? AND revoked_at IS NULL AND person_id IN (` +
			strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + `)`
		got, err := db.ids(ctx, q, append([]any{actor.UserID}, ids...)...)
		if err != nil {
			return fmt.Errorf("reading who is named on restricted records: %w", err)
		}
		for _, id := range got {
			named[id] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if !m.Restricted || named[m.PersonID] || actor.Role == hearth.RoleSystem {
			continue
		}
		*m = PersonMatch{PersonID: m.PersonID, IsChild: m.IsChild, Restricted: true, Masked: true,
			Exact: m.Exact, Score: m.Score, Why: m.Why}
	}
	return nil
}
