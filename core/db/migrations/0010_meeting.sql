-- Version 10: award forms and the base salary as editable data, the award history, nominations and the council
-- meeting (issue 16). Only adds tables.
--
-- award_form: a danh hiệu thi đua (category 'title') or a hình thức khen thưởng ('commendation'), kept apart. level
-- says who decides it ('school' = the Hiệu trưởng, so the school decides it itself; above that the school sends a
-- tờ trình). coefficient_hundredths × the base salary on the decision's date = the prize (legal-facts §2.3).
-- threshold_tenths / threshold_base = the share of agree votes needed and what it is counted on ('present' = members
-- present, 'all' = all members of the council, 'valid' = valid ballots), legal-facts §2.5. The rows below are the
-- defaults of legal-facts; the user edits them.
CREATE TABLE award_form (
    key                     TEXT PRIMARY KEY CHECK (key <> ''),
    name                    TEXT NOT NULL CHECK (name <> ''),
    category                TEXT NOT NULL CHECK (category IN ('title', 'commendation')),
    subject                 TEXT NOT NULL CHECK (subject IN ('person', 'collective')),
    decided_by              TEXT NOT NULL DEFAULT '',
    level                   TEXT NOT NULL CHECK (level IN ('school', 'superior', 'province', 'nation')),
    coefficient_hundredths  INTEGER NOT NULL DEFAULT 0 CHECK (coefficient_hundredths BETWEEN 0 AND 100000),
    coefficient_basis       TEXT NOT NULL DEFAULT '',
    threshold_tenths        INTEGER NOT NULL DEFAULT 700 CHECK (threshold_tenths BETWEEN 1 AND 1000),
    threshold_base          TEXT NOT NULL DEFAULT 'present' CHECK (threshold_base IN ('present', 'all', 'valid')),
    requires_key            TEXT NOT NULL DEFAULT '', -- a title needed the same year ('' = none)
    sort_order              INTEGER NOT NULL DEFAULT 0
);
INSERT INTO award_form (key, name, category, subject, decided_by, level, coefficient_hundredths, coefficient_basis,
                        threshold_tenths, threshold_base, requires_key, sort_order) VALUES
    ('lao_dong_tien_tien', 'Lao động tiên tiến', 'title', 'person', 'Hiệu trưởng', 'school', 30,
     'Nghị định số 152/2025/NĐ-CP', 700, 'present', '', 1),
    ('chien_si_thi_dua_co_so', 'Chiến sĩ thi đua cơ sở', 'title', 'person', 'Thủ trưởng cấp trên trực tiếp',
     'superior', 100, 'Nghị định số 152/2025/NĐ-CP', 700, 'present', 'lao_dong_tien_tien', 2),
    ('chien_si_thi_dua_tinh', 'Chiến sĩ thi đua cấp tỉnh', 'title', 'person', 'Chủ tịch Ủy ban nhân dân tỉnh',
     'province', 300, 'Nghị định số 152/2025/NĐ-CP', 900, 'all', 'chien_si_thi_dua_co_so', 3),
    ('tap_the_lao_dong_tien_tien', 'Tập thể lao động tiên tiến', 'title', 'collective', 'Hiệu trưởng', 'school',
     80, 'Nghị định số 152/2025/NĐ-CP', 700, 'present', '', 4),
    ('tap_the_lao_dong_xuat_sac', 'Tập thể lao động xuất sắc', 'title', 'collective',
     'Thủ trưởng cấp trên trực tiếp', 'superior', 150, 'Nghị định số 152/2025/NĐ-CP', 700, 'present',
     'tap_the_lao_dong_tien_tien', 5),
    ('giay_khen_hieu_truong', 'Giấy khen của Hiệu trưởng', 'commendation', 'person', 'Hiệu trưởng', 'school', 30,
     'Nghị định số 152/2025/NĐ-CP', 700, 'present', '', 6),
    ('giay_khen_hieu_truong_tap_the', 'Giấy khen của Hiệu trưởng (tập thể)', 'commendation', 'collective',
     'Hiệu trưởng', 'school', 30, 'Nghị định số 152/2025/NĐ-CP', 700, 'present', '', 7),
    ('giay_khen_cap_tren', 'Giấy khen của cấp trên trực tiếp', 'commendation', 'person',
     'Thủ trưởng cấp trên trực tiếp', 'superior', 30, 'Nghị định số 152/2025/NĐ-CP', 700, 'present', '', 8),
    ('bang_khen_tinh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'commendation', 'person',
     'Chủ tịch Ủy ban nhân dân tỉnh', 'province', 150, 'Nghị định số 152/2025/NĐ-CP', 700, 'present', '', 9),
    ('bang_khen_tinh_tap_the', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể)', 'commendation',
     'collective', 'Chủ tịch Ủy ban nhân dân tỉnh', 'province', 150, 'Nghị định số 152/2025/NĐ-CP', 700, 'present',
     '', 10),
    ('bang_khen_thu_tuong', 'Bằng khen của Thủ tướng Chính phủ', 'commendation', 'person', 'Thủ tướng Chính phủ',
     'nation', 350, 'Nghị định số 152/2025/NĐ-CP', 900, 'all', '', 11);

-- Mức lương cơ sở from a date on, with the text that set it. Editable.
CREATE TABLE base_salary (
    from_date    TEXT PRIMARY KEY CHECK (from_date <> ''),
    dong         INTEGER NOT NULL CHECK (dong > 0),
    legal_basis  TEXT NOT NULL DEFAULT ''
);
INSERT INTO base_salary (from_date, dong, legal_basis) VALUES
    ('2023-07-01', 1800000, 'Nghị định số 24/2023/NĐ-CP'),
    ('2024-07-01', 2340000, 'Nghị định số 73/2024/NĐ-CP');

-- A nomination (đề nghị khen thưởng): one subject, one form, for one achievement (movement + period, named by
-- achievement_key so that "one form per achievement" can be checked). state follows
-- proposed → reviewed → voted → passed / failed → submitted → decided → awarded (đề xuất → rà soát → đã bỏ phiếu →
-- đạt / không đạt → trình cấp trên → có quyết định → đã trao). proposed_by_collective_id = the tổ that proposes it;
-- proposed_by = an organisation that is not a collective of the school (đoàn thể), else ''.
CREATE TABLE nomination (
    id                         INTEGER PRIMARY KEY,
    school_year_id             INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    person_id                  INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    collective_id              INTEGER REFERENCES collective(id) ON DELETE RESTRICT,
    form_key                   TEXT NOT NULL REFERENCES award_form(key) ON DELETE RESTRICT,
    movement                   TEXT NOT NULL DEFAULT '',
    period                     TEXT NOT NULL DEFAULT '',
    achievement_key            TEXT NOT NULL DEFAULT '',
    achievement                TEXT NOT NULL DEFAULT '',
    proposed_by_collective_id  INTEGER REFERENCES collective(id) ON DELETE SET NULL,
    proposed_by                TEXT NOT NULL DEFAULT '',
    state                      TEXT NOT NULL DEFAULT 'proposed'
        CHECK (state IN ('proposed', 'reviewed', 'voted', 'passed', 'failed', 'submitted', 'decided', 'awarded')),
    decision_number            TEXT NOT NULL DEFAULT '',
    decision_date              TEXT,
    decision_issuer            TEXT NOT NULL DEFAULT '',
    created_at                 TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK ((person_id IS NULL) <> (collective_id IS NULL))
);
CREATE INDEX nomination_year ON nomination(school_year_id, state);
CREATE INDEX nomination_person ON nomination(person_id);
CREATE INDEX nomination_collective ON nomination(collective_id);

-- An eligibility check the committee overrode for a nomination, with its reason (printed in the biên bản).
CREATE TABLE nomination_override (
    nomination_id  INTEGER NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
    rule           TEXT NOT NULL CHECK (rule <> ''),
    reason         TEXT NOT NULL CHECK (reason <> ''),
    by             TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    PRIMARY KEY (nomination_id, rule)
) WITHOUT ROWID;

-- Decided awards (lịch sử khen thưởng) of a person or a collective: entered, imported, or written when a nomination
-- gets its decision (nomination_id). form_key is NULL for a form not in the catalogue (an old Bằng khen): form_name
-- always holds what was awarded.
CREATE TABLE award (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER REFERENCES person(id) ON DELETE CASCADE,
    collective_id    INTEGER REFERENCES collective(id) ON DELETE CASCADE,
    school_year_id   INTEGER REFERENCES school_year(id) ON DELETE RESTRICT,
    form_key         TEXT REFERENCES award_form(key) ON DELETE SET NULL,
    form_name        TEXT NOT NULL CHECK (form_name <> ''),
    decision_number  TEXT NOT NULL DEFAULT '',
    decision_date    TEXT,
    issuer           TEXT NOT NULL DEFAULT '',
    nomination_id    INTEGER UNIQUE REFERENCES nomination(id) ON DELETE SET NULL,
    CHECK ((person_id IS NULL) <> (collective_id IS NULL))
);
CREATE INDEX award_person ON award(person_id);
CREATE INDEX award_collective ON award(collective_id);

-- A sitting of the council (cuộc họp xét thi đua, khen thưởng). The quorum is a fraction of the members (two thirds
-- by default). finalized_at set = locked: nothing of it changes until the chair reopens it (meeting_correction).
CREATE TABLE meeting (
    id                  INTEGER PRIMARY KEY,
    school_year_id      INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    title               TEXT NOT NULL CHECK (title <> ''),
    place               TEXT NOT NULL DEFAULT '',
    starts_at           TEXT NOT NULL,
    ends_at             TEXT,
    quorum_numerator    INTEGER NOT NULL DEFAULT 2 CHECK (quorum_numerator > 0),
    quorum_denominator  INTEGER NOT NULL DEFAULT 3 CHECK (quorum_denominator >= quorum_numerator),
    conclusion          TEXT NOT NULL DEFAULT '',
    finalized_at        TEXT,
    backup_path         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_year ON meeting(school_year_id);

-- Who of the council sat: one row per member of the roster on the meeting's day, written when the meeting is made.
-- present = 0 with the reason and the member's written opinion (ý kiến bằng văn bản), if any.
CREATE TABLE meeting_attendance (
    meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    council_member_id  INTEGER NOT NULL REFERENCES council_member(id) ON DELETE RESTRICT,
    present            INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    reason             TEXT NOT NULL DEFAULT '',
    written_opinion    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, council_member_id)
) WITHOUT ROWID;

-- The nominations the meeting considers, in order.
CREATE TABLE meeting_nominee (
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    nomination_id  INTEGER NOT NULL REFERENCES nomination(id) ON DELETE RESTRICT,
    position       INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, nomination_id),
    UNIQUE (meeting_id, position)
) WITHOUT ROWID;

-- A round of secret ballot. The ballot tables keep only tallies: nothing in them names or points to a voter.
-- Each round is counted twice, entry 1 by the secretary, entry 2 by the ballot-counting group (Ban kiểm phiếu);
-- accepted_at is set when both entries agree cell by cell.
CREATE TABLE ballot_round (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL CHECK (number > 0),
    accepted_at  TEXT,
    UNIQUE (meeting_id, number)
);
-- The nominations a round votes on (round 1: all; a later round: those to vote again).
CREATE TABLE ballot_round_nominee (
    round_id       INTEGER NOT NULL REFERENCES ballot_round(id) ON DELETE CASCADE,
    nomination_id  INTEGER NOT NULL REFERENCES nomination(id) ON DELETE RESTRICT,
    PRIMARY KEY (round_id, nomination_id)
) WITHOUT ROWID;
CREATE TABLE ballot_count (
    round_id    INTEGER NOT NULL REFERENCES ballot_round(id) ON DELETE CASCADE,
    entry       INTEGER NOT NULL CHECK (entry IN (1, 2)),
    counted_by  TEXT NOT NULL DEFAULT '', -- the name of who entered the count (the secretary, a counter)
    issued      INTEGER NOT NULL CHECK (issued >= 0),
    returned    INTEGER NOT NULL CHECK (returned >= 0),
    valid       INTEGER NOT NULL CHECK (valid >= 0),
    invalid     INTEGER NOT NULL CHECK (invalid >= 0),
    PRIMARY KEY (round_id, entry)
) WITHOUT ROWID;
CREATE TABLE ballot_votes (
    round_id       INTEGER NOT NULL REFERENCES ballot_round(id) ON DELETE CASCADE,
    entry          INTEGER NOT NULL CHECK (entry IN (1, 2)),
    nomination_id  INTEGER NOT NULL REFERENCES nomination(id) ON DELETE RESTRICT,
    agree          INTEGER NOT NULL CHECK (agree >= 0),
    disagree       INTEGER NOT NULL CHECK (disagree >= 0),
    PRIMARY KEY (round_id, entry, nomination_id)
) WITHOUT ROWID;

-- A change to a finalised meeting: the chair who confirmed it and why, kept and shown with the meeting.
CREATE TABLE meeting_correction (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    at            TEXT NOT NULL,
    confirmed_by  TEXT NOT NULL CHECK (confirmed_by <> ''),
    reason        TEXT NOT NULL CHECK (reason <> '')
);

CREATE TRIGGER evidence_nomination_deleted AFTER DELETE ON nomination BEGIN
    DELETE FROM evidence_link WHERE kind = 'nomination' AND target_id = OLD.id;
END;
CREATE TRIGGER evidence_meeting_deleted AFTER DELETE ON meeting BEGIN
    DELETE FROM evidence_link WHERE kind = 'meeting' AND target_id = OLD.id;
END;
