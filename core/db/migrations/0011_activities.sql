-- Version 11: activities held, the learning models each tổ builds, and initiatives (issue 17). Only adds tables.
--
-- activity: an event of a school year (hoạt động). kind is a stable key (core/activities/Activity: 'propaganda' =
-- tuyên truyền, 'training' = tập huấn, 'contest' = hội thi, 'lifelong_learning_week' = Tuần lễ hưởng ứng học tập suốt
-- đời, 'reading_day' = Ngày Sách và Văn hóa đọc Việt Nam, 'thematic' = chuyên đề, 'other' = khác). Who took part is
-- either listed (activity_person, activity_collective) or, with no list, counted in participant_count.
CREATE TABLE activity (
    id                       INTEGER PRIMARY KEY,
    school_year_id           INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    kind                     TEXT NOT NULL CHECK (kind IN ('propaganda', 'training', 'contest',
                                                           'lifelong_learning_week', 'reading_day', 'thematic',
                                                           'other')),
    title                    TEXT NOT NULL CHECK (title <> ''),
    starts_on                TEXT NOT NULL CHECK (starts_on <> ''),
    ends_on                  TEXT NOT NULL CHECK (ends_on >= starts_on),
    organizer_collective_id  INTEGER REFERENCES collective(id) ON DELETE SET NULL,
    participant_count        INTEGER NOT NULL DEFAULT 0 CHECK (participant_count >= 0),
    description              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_year ON activity(school_year_id, starts_on);

CREATE TABLE activity_person (
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, person_id)
) WITHOUT ROWID;
CREATE INDEX activity_person_person ON activity_person(person_id);

CREATE TABLE activity_collective (
    activity_id    INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    collective_id  INTEGER NOT NULL REFERENCES collective(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, collective_id)
) WITHOUT ROWID;
CREATE INDEX activity_collective_collective ON activity_collective(collective_id);

-- A learning model (mô hình học tập) a collective (a tổ) builds in a school year, with what it achieved.
CREATE TABLE learning_model (
    id              INTEGER PRIMARY KEY,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    collective_id   INTEGER NOT NULL REFERENCES collective(id) ON DELETE RESTRICT,
    name            TEXT NOT NULL CHECK (name <> ''),
    description     TEXT NOT NULL DEFAULT '',
    result          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX learning_model_year ON learning_model(school_year_id, collective_id);

-- An initiative (sáng kiến, giải pháp) of a school year, its authors in order, and the decision that recognised it:
-- number, date, issuer and level ('base' = cơ sở, 'district' = huyện, 'province' = tỉnh, 'nation' = toàn quốc).
CREATE TABLE initiative (
    id               INTEGER PRIMARY KEY,
    school_year_id   INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    title            TEXT NOT NULL CHECK (title <> ''),
    level            TEXT NOT NULL DEFAULT 'base' CHECK (level IN ('base', 'district', 'province', 'nation')),
    decision_number  TEXT NOT NULL DEFAULT '',
    decision_date    TEXT,
    decision_issuer  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_year ON initiative(school_year_id);

CREATE TABLE initiative_author (
    initiative_id  INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    position       INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, person_id)
) WITHOUT ROWID;
CREATE INDEX initiative_author_person ON initiative_author(person_id);

CREATE TRIGGER evidence_activity_deleted AFTER DELETE ON activity BEGIN
    DELETE FROM evidence_link WHERE kind = 'activity' AND target_id = OLD.id;
END;
