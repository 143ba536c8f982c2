-- ThiĐua schema, version 1: the school, its years, people, collectives, memberships and the council.
-- Dates are ISO 8601 text ("2024-03-06"); a birth date may be a year alone ("1987") when that is all a list gives.
-- Every user-visible text is stored NFC, exactly as typed (the program never rewrites "Hoà" to "Hòa").

PRAGMA application_id = 1413764417;

-- Trường: one row. governing_body = cơ quan chủ quản, abbreviation = ký hiệu used in document numbers,
-- place_name = địa danh for date lines.
CREATE TABLE school (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    full_name       TEXT NOT NULL DEFAULT '',
    governing_body  TEXT NOT NULL DEFAULT '',
    abbreviation    TEXT NOT NULL DEFAULT '',
    place_name      TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT ''
);
INSERT INTO school (id) VALUES (1);

-- Năm học, e.g. start_year 2024 = "2024-2025".
CREATE TABLE school_year (
    id          INTEGER PRIMARY KEY,
    start_year  INTEGER NOT NULL UNIQUE CHECK (start_year BETWEEN 1900 AND 2200),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    CHECK (end_date > start_date)
);

-- Cán bộ, giáo viên, nhân viên (kind 'staff') and học sinh (kind 'student').
-- family_name = họ, middle_name = tên đệm, given_name = tên.
CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('staff', 'student')),
    family_name  TEXT NOT NULL DEFAULT '',
    middle_name  TEXT NOT NULL DEFAULT '',
    given_name   TEXT NOT NULL CHECK (given_name <> ''),
    gender       TEXT CHECK (gender IN ('male', 'female')),
    birth_date   TEXT,
    code         TEXT UNIQUE,
    position     TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    active_from  TEXT,
    active_to    TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK (code IS NULL OR code <> ''),
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
CREATE INDEX person_kind ON person(kind);

-- Tập thể: tổ chuyên môn, tổ văn phòng, phòng, khoa, trung tâm, khối, lớp, chi đoàn, công đoàn, the school itself.
-- A collective with a school_year_id exists in that year only (a class); without one it lasts (a tổ).
CREATE TABLE collective (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('school', 'subject_group', 'office_group', 'office', 'faculty',
                                                  'centre', 'grade', 'class', 'youth_union', 'trade_union', 'other')),
    name            TEXT NOT NULL CHECK (name <> ''),
    parent_id       INTEGER REFERENCES collective(id) ON DELETE RESTRICT,
    school_year_id  INTEGER REFERENCES school_year(id) ON DELETE RESTRICT,
    grade           INTEGER,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX collective_unique_name ON collective(kind, name, IFNULL(school_year_id, 0));
CREATE INDEX collective_parent ON collective(parent_id);

-- A person's place in a collective for one school year. role: 'member', 'head' (tổ trưởng, lớp trưởng…),
-- 'deputy' (tổ phó…).
CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    collective_id   INTEGER NOT NULL REFERENCES collective(id) ON DELETE CASCADE,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'head', 'deputy')),
    UNIQUE (person_id, collective_id, school_year_id)
);
CREATE INDEX membership_collective ON membership(collective_id, school_year_id);
CREATE INDEX membership_year ON membership(school_year_id);

-- Ban giám hiệu as it appears on documents: the head (Hiệu trưởng) and deputies with their titles.
CREATE TABLE school_leader (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('head', 'deputy')),
    full_name   TEXT NOT NULL CHECK (full_name <> ''),
    title       TEXT NOT NULL CHECK (title <> ''),
    person_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

-- Hội đồng Thi đua – Khen thưởng of one school year. role: chủ tịch, phó chủ tịch, thư ký, ủy viên.
-- title = the member's post in the school, printed next to the council role.
CREATE TABLE council_member (
    id              INTEGER PRIMARY KEY,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'member')),
    title           TEXT NOT NULL DEFAULT '',
    sort_order      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (school_year_id, person_id)
);

-- Small program settings that belong with the school's data (not with the window layout).
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
