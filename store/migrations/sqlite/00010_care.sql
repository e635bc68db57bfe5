-- Written by hand: what recording children looked after in the web application needs beyond the first
-- migration (TestLaterTablesAndColumnsAreMigrated checks each statement against its row struct).

-- +goose Up

-- Where each postcode district lies (care.PostcodeDistrict), from which a placement form works out the
-- SSDA903 placement location (PL_LOCATION, PL_LA) and distance from home (PL_DISTANCE).
CREATE TABLE postcode_districts (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    outward TEXT NOT NULL,
    la_code TEXT NOT NULL,
    own_area INTEGER NOT NULL,
    easting REAL NOT NULL,
    northing REAL NOT NULL,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE UNIQUE INDEX postcode_districts_outward ON postcode_districts (outward);

-- The virtual school's register: each target of a personal education plan with the Pupil Premium Plus
-- allocated and spent (care.PEPTarget), each school a child was on the roll of (care.SchoolPlacement),
-- and what was known of their education, health and care plan and NEET status (care.EducationStatus).
CREATE TABLE pep_targets (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    pep_id INTEGER NOT NULL REFERENCES peps (id),
    target TEXT NOT NULL,
    ppp_allocated INTEGER NOT NULL,
    ppp_spent INTEGER NOT NULL,
    spent_on TEXT,
    status TEXT NOT NULL,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX pep_targets_person_id ON pep_targets (person_id);
CREATE INDEX pep_targets_pep_id ON pep_targets (pep_id);

CREATE TABLE school_placements (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    school TEXT NOT NULL,
    school_urn TEXT,
    start_date TEXT NOT NULL,
    end_date TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX school_placements_person_id ON school_placements (person_id);

CREATE TABLE education_status (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    status_date TEXT NOT NULL,
    ehcp INTEGER NOT NULL,
    neet INTEGER,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX education_status_person_id ON education_status (person_id);

-- +goose Down
DROP TABLE education_status;
DROP TABLE school_placements;
DROP TABLE pep_targets;
DROP TABLE postcode_districts;
