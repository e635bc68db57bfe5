-- Written by hand: what recording the front door needs beyond the first migration. Each statement is
-- what the row structs say (TestLaterTablesAndColumnsAreMigrated checks it): the since:"00008" columns of
-- hearth.User and frontdoor.MASHCheck, and the threshold_levels table (frontdoor.ThresholdLevel).

-- +goose Up

-- The partner agency a partner agency account answers MASH requests for; access.CanAnswerMASHCheck
-- compares it with mash_checks.agency.
ALTER TABLE users ADD COLUMN agency TEXT;

-- What a MASH request asks the agency, which is all of the child's record the agency sees besides the
-- child's name and date of birth.
ALTER TABLE mash_checks ADD COLUMN question TEXT;

-- The levels of the organisation's threshold document, which an administrator names and describes.
CREATE TABLE threshold_levels (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT,
    position INTEGER NOT NULL,
    in_use INTEGER NOT NULL,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE UNIQUE INDEX threshold_levels_code ON threshold_levels (code);

-- The four levels most English threshold documents share (frontdoor.DefaultThresholdLevels), recorded by
-- Hearth itself, for an administrator to rename and describe as the local document does. They carry the
-- system user's fixed time of 00001, so that two databases made from the same seed are the same row for row.
INSERT INTO threshold_levels (recorded_at, recorded_by, code, label, description, position, in_use) VALUES
    ('2015-01-01T00:00:00.000000Z', 1, 'level_1', 'Level 1: universal', 'Needs are met by universal services such as schools, GPs and health visitors.', 1, 1),
    ('2015-01-01T00:00:00.000000Z', 1, 'level_2', 'Level 2: early help', 'Additional needs that one agency or early help can meet with the family''s consent.', 2, 1),
    ('2015-01-01T00:00:00.000000Z', 1, 'level_3', 'Level 3: complex needs (child in need)', 'Complex needs that need an assessment by children''s social care under section 17 of the Children Act 1989.', 3, 1),
    ('2015-01-01T00:00:00.000000Z', 1, 'level_4', 'Level 4: acute (child protection)', 'Reasonable cause to suspect significant harm: a strategy discussion and section 47 enquiry, or the child needs to be looked after.', 4, 1);

-- The front door's lists: contacts awaiting a decision, oldest first (AwaitingDecision, TriageContacts,
-- and through them each partner agency's open requests), kept as small as the work waiting by a partial
-- index; and each agency's answered requests, latest first, counted from the index alone
-- (ChecksForAgency).
CREATE INDEX contacts_awaiting_decision ON contacts (received_at) WHERE decision IS NULL AND record_status = 'active';
CREATE INDEX mash_checks_agency_answered ON mash_checks (agency, record_status, answered_at);

-- +goose Down
DROP INDEX mash_checks_agency_answered;
DROP INDEX contacts_awaiting_decision;
DROP TABLE threshold_levels;
ALTER TABLE mash_checks DROP COLUMN question;
ALTER TABLE users DROP COLUMN agency;
