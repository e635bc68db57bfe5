-- Written by hand: the columns the protection pathway's forms need beyond the first migration (each is
-- tagged since:"00009" on its row struct, so the generated first migration leaves it out).
--
-- A child and family assessment is completed by the worker before a manager authorises it, so that
-- "authorised before it was completed" can be refused; a section 47 enquiry's conclusion and a plan are
-- signed off by a manager, as an assessment is authorised. The foreign keys are named as PostgreSQL names
-- them by default (table_column_fkey), as the first migration's are, for the bulk loader.

-- +goose Up
ALTER TABLE cin_assessments ADD COLUMN completed_date DATE;
ALTER TABLE s47_enquiry ADD COLUMN authorisation_date DATE;
ALTER TABLE s47_enquiry ADD COLUMN authorised_by BIGINT;
CREATE INDEX s47_enquiry_authorised_by ON s47_enquiry (authorised_by);
ALTER TABLE s47_enquiry ADD CONSTRAINT s47_enquiry_authorised_by_fkey FOREIGN KEY (authorised_by) REFERENCES professionals (id);
ALTER TABLE plans ADD COLUMN authorisation_date DATE;
ALTER TABLE plans ADD COLUMN authorised_by BIGINT;
CREATE INDEX plans_authorised_by ON plans (authorised_by);
ALTER TABLE plans ADD CONSTRAINT plans_authorised_by_fkey FOREIGN KEY (authorised_by) REFERENCES professionals (id);

-- +goose Down
DROP INDEX plans_authorised_by;
ALTER TABLE plans DROP COLUMN authorised_by;
ALTER TABLE plans DROP COLUMN authorisation_date;
DROP INDEX s47_enquiry_authorised_by;
ALTER TABLE s47_enquiry DROP COLUMN authorised_by;
ALTER TABLE s47_enquiry DROP COLUMN authorisation_date;
ALTER TABLE cin_assessments DROP COLUMN completed_date;
