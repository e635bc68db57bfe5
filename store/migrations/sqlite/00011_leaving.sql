-- Written by hand: what the leaving care service's pages need beyond the first migration. The tables are
-- what their row structs say (TestLaterTablesAndColumnsAreMigrated checks it): leaving.HealthHistory,
-- leaving.Provider, leaving.ProviderVisit, leaving.Panel, leaving.PanelCase, leaving.PanelAction and
-- leaving.AdultTransition.
--
-- The care leavers list finds each young person's current personal adviser. Personal adviser
-- allocations are a small part of involvements (most are social workers, reviewing officers and chairs),
-- so a partial index of them alone, holding every column the list asks about (a covering index), lets
-- the list find every care leaver's adviser without reading each young person's other allocations.

-- +goose Up
CREATE INDEX involvements_personal_adviser ON involvements (person_id, start_date, end_date, worker_id, record_status) WHERE role = 'personal_adviser';

-- A care leaver's health history, written with the young person and given to them; the providers of
-- semi-independent accommodation with the authority's visits to them; the care leavers panel's meetings,
-- the young people it discussed and the actions it agreed; and a care leaver's move to an adult service.
CREATE TABLE leaving_health_histories (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    history_date TEXT NOT NULL,
    with_young_person INTEGER NOT NULL,
    health_summary TEXT NOT NULL,
    emotional_health TEXT,
    medication TEXT,
    immunisations TEXT,
    registrations TEXT,
    family_history TEXT,
    young_person_words TEXT,
    shared_date TEXT,
    worker_id INTEGER REFERENCES professionals (id),
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX leaving_health_histories_person_id ON leaving_health_histories (person_id);
CREATE INDEX leaving_health_histories_worker_id ON leaving_health_histories (worker_id);

CREATE TABLE semi_independent_providers (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    postcode TEXT,
    ofsted_urn TEXT,
    contract INTEGER NOT NULL,
    contract_start TEXT,
    contract_end TEXT,
    notes TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);

CREATE TABLE provider_visits (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    provider_id INTEGER NOT NULL REFERENCES semi_independent_providers (id),
    visit_date TEXT NOT NULL,
    announced INTEGER NOT NULL,
    worker_id INTEGER REFERENCES professionals (id),
    outcome TEXT NOT NULL,
    findings TEXT NOT NULL,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX provider_visits_provider_id ON provider_visits (provider_id);
CREATE INDEX provider_visits_worker_id ON provider_visits (worker_id);

CREATE TABLE care_leaver_panels (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    meeting_date TEXT NOT NULL,
    chair_id INTEGER REFERENCES professionals (id),
    attending TEXT,
    notes TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX care_leaver_panels_chair_id ON care_leaver_panels (chair_id);

CREATE TABLE care_leaver_panel_cases (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    panel_id INTEGER NOT NULL REFERENCES care_leaver_panels (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    reason TEXT NOT NULL,
    support_agreed TEXT NOT NULL,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX care_leaver_panel_cases_panel_id ON care_leaver_panel_cases (panel_id);
CREATE INDEX care_leaver_panel_cases_person_id ON care_leaver_panel_cases (person_id);

CREATE TABLE care_leaver_panel_actions (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    panel_id INTEGER NOT NULL REFERENCES care_leaver_panels (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    action TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT NOT NULL,
    completed_date TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX care_leaver_panel_actions_panel_id ON care_leaver_panel_actions (panel_id);
CREATE INDEX care_leaver_panel_actions_person_id ON care_leaver_panel_actions (person_id);

CREATE TABLE adult_transitions (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active', 'recorded_in_error')),
    error_reason TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    service TEXT NOT NULL,
    referred_date TEXT NOT NULL,
    decision_date TEXT,
    threshold_met INTEGER,
    transfer_date TEXT,
    notes TEXT,
    CHECK (record_status = 'active' OR error_reason IS NOT NULL)
);
CREATE INDEX adult_transitions_person_id ON adult_transitions (person_id);

-- +goose Down
DROP TABLE adult_transitions;
DROP TABLE care_leaver_panel_actions;
DROP TABLE care_leaver_panel_cases;
DROP TABLE care_leaver_panels;
DROP TABLE provider_visits;
DROP TABLE semi_independent_providers;
DROP TABLE leaving_health_histories;
DROP INDEX involvements_personal_adviser;
