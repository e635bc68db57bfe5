-- Written by hand: record-level access, and the indexes that person search, caseloads and the
-- unallocated list read through. (The first migration is generated from the row structs; from here on
-- each change is a migration of its own.)

-- +goose Up

-- The people named on a restricted record: only they may open it without giving a break-glass reason.
-- This is not a record table (it has no versions): a grant is never deleted, it is revoked, with who,
-- when and why, so the list of who could open the record at any time is kept. Every grant and
-- revocation is also in audit_log.
CREATE TABLE restricted_access (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    granted_by INTEGER NOT NULL REFERENCES users (id),
    granted_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    revoked_by INTEGER REFERENCES users (id),
    revoked_at TEXT,
    revoke_reason TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX restricted_access_current ON restricted_access (person_id, user_id) WHERE revoked_at IS NULL;
CREATE INDEX restricted_access_user_id ON restricted_access (user_id);

-- Person search: phonetic keys of both names; a forename key with the start of the surname (a typo
-- late in the surname); the exact surname with the start of the forename (a typo that changes the
-- forename's key); date of birth; NHS number.
CREATE INDEX person_search_keys ON person (surname_key, forename_key);
CREATE INDEX person_search_forename ON person (forename_key, surname_norm);
CREATE INDEX person_search_surname ON person (surname_norm, forename_norm);
CREATE INDEX person_birth_date ON person (birth_date);
CREATE INDEX person_nhs_number ON person (nhs_number);

-- Open work on a date, for the unallocated list.
CREATE INDEX cin_episodes_closure_date ON cin_episodes (closure_date);
CREATE INDEX cla_episodes_end_date ON cla_episodes (end_date);
CREATE INDEX care_leavers_end_date ON care_leavers (end_date);

-- Break-glass views since a date, for managers.
CREATE INDEX audit_log_action ON audit_log (action, at);

-- +goose Down
DROP INDEX audit_log_action;
DROP INDEX care_leavers_end_date;
DROP INDEX cla_episodes_end_date;
DROP INDEX cin_episodes_closure_date;
DROP INDEX person_nhs_number;
DROP INDEX person_birth_date;
DROP INDEX person_search_surname;
DROP INDEX person_search_forename;
DROP INDEX person_search_keys;
DROP TABLE restricted_access;
