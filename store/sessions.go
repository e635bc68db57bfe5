package store

import (
	"context"

	"encoding/json"
	"fmt"
	"time"

	"hearth"
)

// Session is one signed-in browser, as the sessions table holds it. The web package decides what the
// times mean (the idle timeout and the absolute limit); the store only keeps them.
type Session struct {
	ID         hearth.ID
	UserID     hearth.ID
	CreatedAt  time.Time
	LastSeenAt time.Time
	// ExpiresAt is the absolute limit: the session ends then however active it is.
	ExpiresAt time.Time
	// EndedAt is when the session was ended (sign-out, sign-out everywhere, idle timeout); zero while
	// it is open. An ended session is kept for a while so that a form posted after it ended can still be
	// saved as its user's draft.
	EndedAt time.Time
	// Data holds the few small values a session carries between requests (such as a message to show
	// once), as strings so that both engines store them as plain JSON.
	Data map[string]string
}

// CreateSession stores a new session for userID whose token hashes to tokenHash, seen now and ending
// at expires at the latest.
func (db *DB) CreateSession(ctx context.Context, tokenHash string, userID hearth.ID, expires time.Time) (Session, error) {
	now := db.now()
	s := Session{UserID: userID, CreatedAt: now, LastSeenAt: now, ExpiresAt: expires.UTC().Truncate(time.Microsecond), Data: map[string]string{}}
	q := `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, data) VALUES (?, ?, ?, ?, ?, '{}') RETURNING id`
	err := db.sql.QueryRowContext(ctx, db.rebind(q), tokenHash, userID, db.Engine.arg(now), db.Engine.arg(now),
		db.Engine.arg(s.ExpiresAt)).Scan(&s.ID)
	if err != nil {
		return Session{}, fmt.Errorf("storing a new session: %w", err)
	}
	return s, nil
}

// SessionByToken returns the session whose token hashes to tokenHash, ended or not (the caller decides
// whether it is still open), or an ENOTFOUND error.
func (db *DB) SessionByToken(ctx context.Context, tokenHash string) (Session, error) {
	q := db.rebind(`SELECT id, user_id, created_at, last_seen_at, expires_at, ended_at, data FROM sessions WHERE token_hash = ?`)
	st, err := db.stmt(ctx, q)
	if err != nil {
		return Session{}, fmt.Errorf("reading a session: %w", err)
	}
	var s Session
	var created, seen, expires, ended any
	var data string
	err = st.QueryRowContext(ctx, tokenHash).Scan(&s.ID, &s.UserID, &created, &seen, &expires, &ended, &data)
	if isNoRows(err) {
		return Session{}, hearth.Errorf(hearth.ENOTFOUND, "There is no such session")
	}
	if err != nil {
		return Session{}, fmt.Errorf("reading a session: %w", err)
	}
	for _, t := range []struct {
		src any
		dst *time.Time
	}{{created, &s.CreatedAt}, {seen, &s.LastSeenAt}, {expires, &s.ExpiresAt}, {ended, &s.EndedAt}} {
		if err := scanTime(t.src, t.dst); err != nil {
			return Session{}, fmt.Errorf("reading a session: %w", err)
		}
	}
	if err := json.Unmarshal([]byte(data), &s.Data); err != nil {
		return Session{}, fmt.Errorf("reading a session's data: %w", err)
	}
	if s.Data == nil {
		s.Data = map[string]string{}
	}
	return s, nil
}

// TouchSession records that the session was used at the given time, which restarts its idle timeout.
func (db *DB) TouchSession(ctx context.Context, id hearth.ID, at time.Time) error {
	_, err := db.sql.ExecContext(ctx, db.rebind(`UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL`),
		db.Engine.arg(at.UTC().Truncate(time.Microsecond)), id)
	if err != nil {
		return fmt.Errorf("recording a session's use: %w", err)
	}
	return nil
}

// SetSessionData replaces the small values a session carries.
func (db *DB) SetSessionData(ctx context.Context, id hearth.ID, data map[string]string) error {
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	if _, err := db.sql.ExecContext(ctx, db.rebind(`UPDATE sessions SET data = ? WHERE id = ?`), string(b), id); err != nil {
		return fmt.Errorf("storing a session's data: %w", err)
	}
	return nil
}

// EndSession ends one session (sign-out, or an idle timeout noticed by the web package). It is kept,
// ended, until DeleteEndedSessions removes it.
func (db *DB) EndSession(ctx context.Context, id hearth.ID) error {
	_, err := db.sql.ExecContext(ctx, db.rebind(`UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL`),
		db.Engine.arg(db.now()), id)
	if err != nil {
		return fmt.Errorf("ending a session: %w", err)
	}
	return nil
}

// EndUserSessions ends every open session of a user ("sign out everywhere", or an account being
// disabled) and returns how many there were.
func (db *DB) EndUserSessions(ctx context.Context, userID hearth.ID) (int, error) {
	res, err := db.sql.ExecContext(ctx, db.rebind(`UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL`),
		db.Engine.arg(db.now()), userID)
	if err != nil {
		return 0, fmt.Errorf("ending a user's sessions: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// OpenSessions returns how many sessions of a user are not ended and not past their absolute limit.
func (db *DB) OpenSessions(ctx context.Context, userID hearth.ID) (int, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL AND expires_at > ?`),
		userID, db.Engine.arg(db.now())).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("counting a user's sessions: %w", err)
	}
	return n, nil
}

// DeleteEndedSessions removes the sessions that ended, or passed their absolute limit, before the given
// time, and returns how many it removed. The web package calls it now and then with a time a day ago.
func (db *DB) DeleteEndedSessions(ctx context.Context, before time.Time) (int, error) {
	b := db.Engine.arg(before.UTC().Truncate(time.Microsecond))
	res, err := db.sql.ExecContext(ctx, db.rebind(`DELETE FROM sessions WHERE ended_at < ? OR expires_at < ?`), b, b)
	if err != nil {
		return 0, fmt.Errorf("removing ended sessions: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// Draft is the latest saved state of a form a user was typing on one page.
type Draft struct {
	UserID  hearth.ID
	Path    string
	Data    string // the form's fields as JSON, as the web package wrote them
	SavedAt time.Time
}

// SaveDraft stores the draft of the form on path for a user, replacing any earlier one.
func (db *DB) SaveDraft(ctx context.Context, userID hearth.ID, path, data string) error {
	q := `INSERT INTO drafts (user_id, path, data, saved_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (user_id, path) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`
	if _, err := db.sql.ExecContext(ctx, db.rebind(q), userID, path, data, db.Engine.arg(db.now())); err != nil {
		return fmt.Errorf("saving a draft: %w", err)
	}
	return nil
}

// DraftOf returns a user's draft of the form on path, or an ENOTFOUND error when there is none.
func (db *DB) DraftOf(ctx context.Context, userID hearth.ID, path string) (Draft, error) {
	d := Draft{UserID: userID, Path: path}
	var at any
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT data, saved_at FROM drafts WHERE user_id = ? AND path = ?`), userID, path).Scan(&d.Data, &at)
	if isNoRows(err) {
		return Draft{}, hearth.Errorf(hearth.ENOTFOUND, "There is no draft of this form")
	}
	if err != nil {
		return Draft{}, fmt.Errorf("reading a draft: %w", err)
	}
	return d, scanTime(at, &d.SavedAt)
}

// DeleteDraft removes a user's draft of the form on path, once the form has been saved or the user has
// thrown the draft away.
func (db *DB) DeleteDraft(ctx context.Context, userID hearth.ID, path string) error {
	if _, err := db.sql.ExecContext(ctx, db.rebind(`DELETE FROM drafts WHERE user_id = ? AND path = ?`), userID, path); err != nil {
		return fmt.Errorf("removing a draft: %w", err)
	}
	return nil
}
