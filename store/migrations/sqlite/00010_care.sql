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

-- +goose Down
DROP TABLE postcode_districts;
