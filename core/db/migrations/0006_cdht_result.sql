-- Version 6: Công dân học tập results. People self-assess on the Hội Khuyến học's own platform (Quyết định
-- 324/QĐ-KHVN); the school records, per person and school year, whether they were recognised: 'dat' (đạt),
-- 'khong_dat' (không đạt) or 'chua' (chưa đánh giá; the same as having no row). The score out of 100 is optional
-- (the known pass rule: at least 80 points, no chỉ số under 5). evidence_ref is the link point for the evidence
-- store (a later version): until then NULL or a file path the user typed.
CREATE TABLE cdht_result (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('dat', 'khong_dat', 'chua')),
    score           INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    assessed_on     TEXT,
    evidence_ref    TEXT,
    note            TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    UNIQUE (person_id, school_year_id)
);
CREATE INDEX cdht_result_year ON cdht_result(school_year_id, status);
