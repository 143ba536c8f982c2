-- Version 2: periods during which a person may not be commended or proposed (domain rule 2): discipline,
-- an administrative violation, an investigation, prosecution or trial, an inspection or a pending complaint.
CREATE TABLE person_restriction (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('discipline', 'violation', 'investigation', 'inspection', 'complaint')),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX person_restriction_person ON person_restriction(person_id);
