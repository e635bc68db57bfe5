-- Written by hand: the web application's sessions and the drafts of forms being typed.

-- +goose Up

-- One row per signed-in browser. The token itself is never stored, only its SHA-256 hash, so a copy of
-- the database cannot be used to take over a session. A session ends when it has been idle too long
-- (last_seen_at), at its absolute limit (expires_at) or at sign-out; an ended row is kept for a day so a
-- form posted after expiry can still be saved as the user's draft, then removed. Sessions are not part of
-- the record: sign-ins and sign-outs are in audit_log.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- The latest draft of each form a user is typing, one per user and page, so typed work survives a
-- closed tab, a lost connection or an expired session. The values are the form's fields as JSON. A draft
-- is removed when the form is saved.
CREATE TABLE drafts (
    user_id INTEGER NOT NULL REFERENCES users (id),
    path TEXT NOT NULL,
    data TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (user_id, path)
);

-- +goose Down
DROP TABLE drafts;
DROP TABLE sessions;
