-- Written by hand: what the leaving care service's pages need beyond the first migration.
--
-- The care leavers list finds each young person's current personal adviser. Personal adviser
-- allocations are a small part of involvements (most are social workers, reviewing officers and chairs),
-- so a partial index of them alone, holding every column the list asks about (a covering index), lets
-- the list find every care leaver's adviser without reading each young person's other allocations.

-- +goose Up
CREATE INDEX involvements_personal_adviser ON involvements (person_id, start_date, end_date, worker_id, record_status) WHERE role = 'personal_adviser';

-- +goose Down
DROP INDEX involvements_personal_adviser;
