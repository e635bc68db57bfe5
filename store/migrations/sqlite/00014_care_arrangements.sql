-- Written by hand: staying put arrangements, private fostering arrangements with their visits, and
-- homeless 16 and 17 year olds with their joint assessments (branch care2; the row structs are in
-- care/arrangements.go, and TestLaterTablesAndColumnsAreMigrated checks each statement against them).

-- +goose Up

CREATE TABLE staying_put (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    end_reason TEXT,
    carer TEXT NOT NULL,
    carer_type TEXT NOT NULL,
    reviewed_date TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX staying_put_person_id ON staying_put (person_id);

CREATE TABLE private_fostering (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    notified_date TEXT NOT NULL,
    start_date TEXT,
    carer TEXT NOT NULL,
    carer_relation TEXT,
    initial_visit_date TEXT,
    seen_alone INTEGER,
    assessed_date TEXT,
    suitable INTEGER,
    end_date TEXT,
    end_reason TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX private_fostering_person_id ON private_fostering (person_id);

CREATE TABLE private_fostering_visits (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    private_fostering_id INTEGER NOT NULL REFERENCES private_fostering (id),
    visit_date TEXT NOT NULL,
    seen_alone INTEGER NOT NULL,
    worker_id INTEGER REFERENCES professionals (id),
    notes TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX private_fostering_visits_person_id ON private_fostering_visits (person_id);
CREATE INDEX private_fostering_visits_private_fostering_id ON private_fostering_visits (private_fostering_id);
CREATE INDEX private_fostering_visits_worker_id ON private_fostering_visits (worker_id);

CREATE TABLE homeless_assessments (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    presented_date TEXT NOT NULL,
    presented_to TEXT NOT NULL,
    assessed_date TEXT,
    joint_housing INTEGER,
    outcome TEXT,
    advocacy INTEGER,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX homeless_assessments_person_id ON homeless_assessments (person_id);

-- +goose Down
DROP TABLE homeless_assessments;
DROP TABLE private_fostering_visits;
DROP TABLE private_fostering;
DROP TABLE staying_put;
