-- Written by hand: what the measure catalogue needs besides the record (see package measure).
--
-- All three tables are append-only (the database refuses UPDATE and DELETE): a new child population, a new
-- target or a new version of an analyst's commentary is a new row, and the latest applies. So the figures
-- shown to the panel in March, with the target and commentary beside them, can always be shown again.
--
-- child_population: the number of children aged 0 to 17 in the area, the denominator of every rate per
--   10,000 children. It is not in the record; the organisation sets it from the ONS mid-year estimates.
-- measure_targets: "what good looks like" for a measure, from an as-at date, with the tolerance that is
--   still amber.
-- measure_commentary: an analyst's note on a measure for a month, one row per version.

-- +goose Up
CREATE TABLE child_population (
    id INTEGER PRIMARY KEY,
    population INTEGER NOT NULL CHECK (population > 0),
    estimate_year INTEGER NOT NULL,
    source TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL
);

CREATE TABLE measure_targets (
    id INTEGER PRIMARY KEY,
    measure_id TEXT NOT NULL,
    target REAL NOT NULL CHECK (target >= 0),
    tolerance REAL NOT NULL DEFAULT 0 CHECK (tolerance >= 0),
    applies_from TEXT NOT NULL,
    note TEXT,
    set_by INTEGER NOT NULL REFERENCES users (id),
    set_at TEXT NOT NULL
);
CREATE INDEX measure_targets_measure_id ON measure_targets (measure_id, applies_from);

CREATE TABLE measure_commentary (
    id INTEGER PRIMARY KEY,
    measure_id TEXT NOT NULL,
    month TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    body TEXT NOT NULL,
    written_by INTEGER NOT NULL REFERENCES users (id),
    written_at TEXT NOT NULL,
    UNIQUE (measure_id, month, version)
);
CREATE INDEX measure_commentary_month ON measure_commentary (month);

-- +goose StatementBegin
CREATE TRIGGER child_population_no_update BEFORE UPDATE ON child_population
BEGIN
    SELECT RAISE(ABORT, 'child_population is append-only');
END;
CREATE TRIGGER child_population_no_delete BEFORE DELETE ON child_population
BEGIN
    SELECT RAISE(ABORT, 'child_population is append-only');
END;
CREATE TRIGGER measure_targets_no_update BEFORE UPDATE ON measure_targets
BEGIN
    SELECT RAISE(ABORT, 'measure_targets is append-only');
END;
CREATE TRIGGER measure_targets_no_delete BEFORE DELETE ON measure_targets
BEGIN
    SELECT RAISE(ABORT, 'measure_targets is append-only');
END;
CREATE TRIGGER measure_commentary_no_update BEFORE UPDATE ON measure_commentary
BEGIN
    SELECT RAISE(ABORT, 'measure_commentary is append-only');
END;
CREATE TRIGGER measure_commentary_no_delete BEFORE DELETE ON measure_commentary
BEGIN
    SELECT RAISE(ABORT, 'measure_commentary is append-only');
END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE measure_commentary;
DROP TABLE measure_targets;
DROP TABLE child_population;
