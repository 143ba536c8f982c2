-- Version 8: criteria sets (bộ tiêu chí) and assessments (đánh giá).
-- A criteria set is kept as versions: each row is one version of the set `set_key`, and a version that an assessment
-- uses is never changed (editing it adds the next version). The tree of items and the rule are stored whole, as the
-- set's JSON (the format of resources/criteria/criteria.schema.json, written and read by CriteriaJson), because a
-- version is written once and read whole; the columns beside it are what lists and look-ups need.
CREATE TABLE criteria_set (
    id              INTEGER PRIMARY KEY,
    set_key         TEXT NOT NULL CHECK (set_key <> ''),
    version         INTEGER NOT NULL CHECK (version >= 1),
    name            TEXT NOT NULL CHECK (name <> ''),
    target          TEXT NOT NULL CHECK (target IN ('staff', 'students', 'people', 'collective', 'school')),
    status_only     INTEGER NOT NULL DEFAULT 0 CHECK (status_only IN (0, 1)),
    built_in        INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    definition      TEXT NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    UNIQUE (set_key, version)
);

-- One assessment of a subject (a person, a collective or the school itself) against one version of a set in one
-- school year. States: 'self' (tự đánh giá) → 'verified' (tổ/đơn vị xác nhận) → 'recognised' (Hội đồng công nhận),
-- each step with who and when. The result (verdict, level, points, reason) is computed by the set's rule when the
-- answers are saved and stored, so that it never changes without a save.
CREATE TABLE assessment (
    id              INTEGER PRIMARY KEY,
    criteria_set_id INTEGER NOT NULL REFERENCES criteria_set(id) ON DELETE RESTRICT,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('person', 'collective', 'school')),
    person_id       INTEGER REFERENCES person(id) ON DELETE CASCADE,
    collective_id   INTEGER REFERENCES collective(id) ON DELETE CASCADE,
    state           TEXT NOT NULL DEFAULT 'self' CHECK (state IN ('self', 'verified', 'recognised')),
    self_by         TEXT NOT NULL DEFAULT '',
    self_at         TEXT,
    verified_by     TEXT NOT NULL DEFAULT '',
    verified_at     TEXT,
    recognised_by   TEXT NOT NULL DEFAULT '',
    recognised_at   TEXT,
    verdict         TEXT NOT NULL DEFAULT 'incomplete' CHECK (verdict IN ('incomplete', 'pass', 'fail')),
    level           INTEGER NOT NULL DEFAULT 0 CHECK (level >= 0),
    points          INTEGER,
    reason          TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK ((subject_kind = 'person') = (person_id IS NOT NULL)),
    CHECK ((subject_kind = 'collective') = (collective_id IS NOT NULL))
);
CREATE UNIQUE INDEX assessment_subject ON assessment(
    criteria_set_id, school_year_id, subject_kind, IFNULL(person_id, 0), IFNULL(collective_id, 0));
CREATE INDEX assessment_year ON assessment(school_year_id, subject_kind);

-- The answer to one leaf of the set (by its code). evidence_ref is the link point for the evidence store (a later
-- version): NULL until then.
CREATE TABLE assessment_answer (
    assessment_id   INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    item_code       TEXT NOT NULL CHECK (item_code <> ''),
    state           TEXT NOT NULL CHECK (state IN ('answered', 'not_applicable')),
    value           INTEGER NOT NULL DEFAULT 0,
    denominator     INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    evidence_ref    TEXT,
    PRIMARY KEY (assessment_id, item_code)
);
