-- Written by hand: the tokens that service accounts present to the JSON API (/api/v1).
--
-- Only a SHA-256 hash of each token is kept: the token itself is shown once, when it is made, so a copy
-- of the database does not give API access. A token is never deleted, only revoked, so the audit log's
-- reads through it can always be traced to who made it and when.

-- +goose Up
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX api_tokens_user_id ON api_tokens (user_id);

-- +goose Down
DROP TABLE api_tokens;
