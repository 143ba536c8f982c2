-- Version 9: evidence files (minh chứng). The files themselves live in the store beside the database
-- (core/evidence/EvidenceStore: <base name>.minhchung/objects/ab/<sha256>), kept once per content; a row here is one
-- evidence of one school year: its code (unique within the year), the object it points to, and its metadata. The
-- original name is kept for showing only (cleaned by EvidenceName) and is never used as a path. trashed_at is set
-- while the evidence is in the trash (its last link removed); after 30 days the row is purged and the object with it
-- when no other row points to it.
CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE RESTRICT,
    code            TEXT NOT NULL CHECK (code <> ''),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size            INTEGER NOT NULL CHECK (size >= 0),
    original_name   TEXT NOT NULL DEFAULT '',
    media_type      TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    paper_number    TEXT NOT NULL DEFAULT '',
    paper_date      TEXT,
    paper_issuer    TEXT NOT NULL DEFAULT '',
    added_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    added_by        TEXT NOT NULL DEFAULT '',
    trashed_at      TEXT,
    UNIQUE (school_year_id, code)
);
CREATE INDEX evidence_object ON evidence(sha256);
CREATE INDEX evidence_trash ON evidence(trashed_at) WHERE trashed_at IS NOT NULL;

-- What an evidence backs, generic so that later records need no schema change: kind names the table
-- ('person' → person, 'collective' → collective, 'assessment' → assessment with the criteria item's code,
-- 'cdht' → cdht_result, and later 'nomination', 'activity', 'meeting'), target_id its row. One file may back
-- several records. The triggers below remove the links of a deleted record; an evidence whose last link goes that
-- way moves to the trash (the service does the same, with its own time, when the user unlinks). A later migration
-- that rebuilds person, collective, assessment or cdht_result drops its trigger with the table and must create it
-- again.
CREATE TABLE evidence_link (
    evidence_id     INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'collective', 'assessment', 'cdht', 'nomination',
                                                  'activity', 'meeting')),
    target_id       INTEGER NOT NULL CHECK (target_id > 0),
    item_code       TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'assessment') = (item_code <> '')),
    PRIMARY KEY (evidence_id, kind, target_id, item_code)
) WITHOUT ROWID;
CREATE INDEX evidence_link_target ON evidence_link(kind, target_id, item_code);

CREATE TRIGGER evidence_link_last_removed AFTER DELETE ON evidence_link
WHEN NOT EXISTS (SELECT 1 FROM evidence_link WHERE evidence_id = OLD.evidence_id)
BEGIN
    UPDATE evidence SET trashed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = OLD.evidence_id AND trashed_at IS NULL;
END;
CREATE TRIGGER evidence_person_deleted AFTER DELETE ON person BEGIN
    DELETE FROM evidence_link WHERE kind = 'person' AND target_id = OLD.id;
END;
CREATE TRIGGER evidence_collective_deleted AFTER DELETE ON collective BEGIN
    DELETE FROM evidence_link WHERE kind = 'collective' AND target_id = OLD.id;
END;
CREATE TRIGGER evidence_assessment_deleted AFTER DELETE ON assessment BEGIN
    DELETE FROM evidence_link WHERE kind = 'assessment' AND target_id = OLD.id;
END;
CREATE TRIGGER evidence_cdht_deleted AFTER DELETE ON cdht_result BEGIN
    DELETE FROM evidence_link WHERE kind = 'cdht' AND target_id = OLD.id;
END;
