-- Version 4: council members keep their identity. Saving the council updates rows in place (matched by id); a
-- member who leaves gets left_on instead of being deleted, so past meetings keep who sat. joined_on = the day the
-- member was entered (NULL for rows older than this version: "since the year began"). A member sits on day D when
-- (joined_on IS NULL OR joined_on <= D) AND (left_on IS NULL OR left_on > D); the current council is the rows with
-- no left_on (or one after today). Someone who comes back gets a new row.
-- The role list moves from a CHECK to the lookup table council_role, so a later role is one INSERT, not a rebuild.
-- council_member is rebuilt by SQLite's twelve-step procedure (see core/db/Database.h).
--
-- person_restriction (version 2) is kept although nothing writes it yet: the meeting issue's eligibility check
-- (domain rule: no commendation while a discipline or an investigation is pending) reads it.

CREATE TABLE council_role (
    key         TEXT PRIMARY KEY,
    sort_order  INTEGER NOT NULL UNIQUE
);
INSERT INTO council_role (key, sort_order) VALUES ('chair', 1), ('vice_chair', 2), ('secretary', 3), ('member', 4);

CREATE TABLE new_council_member (
    id              INTEGER PRIMARY KEY,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL REFERENCES council_role(key) ON DELETE RESTRICT,
    title           TEXT NOT NULL DEFAULT '',
    sort_order      INTEGER NOT NULL DEFAULT 0,
    joined_on       TEXT,
    left_on         TEXT,
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);
INSERT INTO new_council_member (id, school_year_id, person_id, role, title, sort_order)
    SELECT id, school_year_id, person_id, role, title, sort_order FROM council_member;
DROP TABLE council_member;
ALTER TABLE new_council_member RENAME TO council_member;

-- A person sits at most once at a time in a year's council; rows of past membership may repeat.
CREATE UNIQUE INDEX council_member_sitting ON council_member(school_year_id, person_id) WHERE left_on IS NULL;
CREATE INDEX council_member_year ON council_member(school_year_id, sort_order);
CREATE INDEX council_member_person ON council_member(person_id);
