package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"hearth"
)

// tokenPrefix starts every API token, so a token pasted into the wrong place (a chat, a commit) is easy
// to recognise and to search for.
const tokenPrefix = "hearth_"

// APIToken is a token a service account presents to the JSON API, without the token itself.
type APIToken struct {
	ID        hearth.ID
	UserID    hearth.ID
	Name      string
	CreatedAt time.Time
	ExpiresAt time.Time
	RevokedAt time.Time // zero while the token stands
}

// CreateAPIToken makes a token for a user's account, valid until expires, and returns it. The token is
// returned once and only its hash is stored. The account must exist and be active.
func (db *DB) CreateAPIToken(ctx context.Context, actor hearth.Actor, userID hearth.ID, name string, expires time.Time) (string, APIToken, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", APIToken{}, hearth.Errorf(hearth.EINVALID, "Give the token a name that says what uses it, such as \"nightly export\"")
	}
	now := db.now()
	if !expires.After(now) {
		return "", APIToken{}, hearth.Errorf(hearth.EINVALID, "A token's expiry must be in the future")
	}
	var u hearth.User
	if err := db.Get(ctx, actor, userID, &u); err != nil {
		return "", APIToken{}, err
	}
	if !u.Active {
		return "", APIToken{}, hearth.Errorf(hearth.EINVALID, "The account %s is not active", u.Email)
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return "", APIToken{}, err
	}
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(secret)
	t := APIToken{UserID: userID, Name: name, CreatedAt: now, ExpiresAt: expires.UTC().Truncate(time.Microsecond)}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		q := `INSERT INTO api_tokens (user_id, name, token_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`
		err := tx.QueryRowContext(ctx, db.rebind(q), userID, name, tokenHash(token), actor.UserID,
			db.Engine.arg(t.CreatedAt), db.Engine.arg(t.ExpiresAt)).Scan(&t.ID)
		if err != nil {
			return fmt.Errorf("storing an API token: %w", err)
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionCreate, Table: "api_tokens", RowID: t.ID,
			Detail: fmt.Sprintf("API token %q for user %d, until %s", name, userID, t.ExpiresAt.Format(time.DateOnly))})
	})
	return token, t, err
}

// UserByAPIToken returns the account a token belongs to, and records that the token was used. A token
// that is unknown, revoked or expired, or whose account is inactive, gives EUNAUTHORIZED with a message
// that does not say which, so that probing learns nothing.
func (db *DB) UserByAPIToken(ctx context.Context, token string) (hearth.User, error) {
	refused := hearth.Errorf(hearth.EUNAUTHORIZED, "The API token is not valid: it may have expired or been revoked. Ask an administrator for a new one.")
	if !strings.HasPrefix(token, tokenPrefix) {
		return hearth.User{}, refused
	}
	var id, userID hearth.ID
	var expires, revoked any
	err := db.sql.QueryRowContext(ctx, db.rebind(`SELECT id, user_id, expires_at, revoked_at IS NOT NULL FROM api_tokens WHERE token_hash = ?`),
		tokenHash(token)).Scan(&id, &userID, &expires, &revoked)
	if isNoRows(err) {
		return hearth.User{}, refused
	}
	if err != nil {
		return hearth.User{}, hearth.WrapError(hearth.EUNAVAILABLE, err, "cannot check the API token")
	}
	var exp time.Time
	if err := scanTime(expires, &exp); err != nil {
		return hearth.User{}, err
	}
	now := db.now()
	if truthy(revoked) || !now.Before(exp) {
		return hearth.User{}, refused
	}
	var u hearth.User
	if err := db.Get(ctx, hearth.System, userID, &u); err != nil {
		return hearth.User{}, err
	}
	if !u.Active || (!u.ExpiresAt.IsZero() && !now.Before(u.ExpiresAt)) {
		return hearth.User{}, refused
	}
	_, err = db.sql.ExecContext(ctx, db.rebind(`UPDATE api_tokens SET last_used_at = ? WHERE id = ?`), db.Engine.arg(now), id)
	return u, err
}

// RevokeAPIToken ends a token at once. The row stays, so the reads made with it stay traceable.
func (db *DB) RevokeAPIToken(ctx context.Context, actor hearth.Actor, id hearth.ID) error {
	return db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, db.rebind(`UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`), db.Engine.arg(db.now()), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hearth.Errorf(hearth.ENOTFOUND, "There is no API token %d that is still valid", id)
		}
		return db.audit(ctx, tx, AuditEntry{Actor: actor, Action: ActionAmend, Table: "api_tokens", RowID: id, Detail: "revoked"})
	})
}

// tokenHash is what the database keeps of a token. A fast hash is enough: the token has 256 random bits,
// so there is nothing to guess, unlike a password.
func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
