-- Written by hand: the organisation's local settings of the duties (package duty), such as core groups
-- every four weeks instead of six, or how many working days before its due date an item shows as due soon.
--
-- A change is never an update: each is a new row with who made it, when and why, and the setting in force
-- is the latest row of each duty. An amount of NULL puts the duty back to its default. So the settings in
-- force on any past date can be told, which the timeliness figures of that date depend on.

-- +goose Up
CREATE TABLE duty_settings (
    id INTEGER PRIMARY KEY,
    duty TEXT NOT NULL,
    amount INTEGER,
    unit TEXT,
    set_at TEXT NOT NULL,
    set_by INTEGER NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL
);
CREATE INDEX duty_settings_duty ON duty_settings (duty, id);

-- +goose Down
DROP TABLE duty_settings;
