-- Version 5: each organisation keeps its own number sequences. A description may name another organisation than the
-- database's school (a tờ trình of a neighbouring school typed here): its numbers must not continue the school's
-- sequence, and the register must say who issued each document. document_register gains `organization`, the name of
-- the issuing organisation (the school's full name; for the council, the school it belongs to), and the sequence
-- becomes (organization, issuer, year, number). Rows written before this version were all numbered in one sequence:
-- they are given the school's name when their ký hiệu ends with the school's (or the council's) abbreviation, and
-- stay unnamed ('') otherwise. Rebuilt by SQLite's twelve-step procedure (see core/db/Database.h), since a UNIQUE
-- constraint cannot be altered.

CREATE TABLE new_document_register (
    id                   INTEGER PRIMARY KEY,
    organization         TEXT NOT NULL DEFAULT '',
    issuer               TEXT NOT NULL CHECK (issuer IN ('school', 'council')),
    year                 INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    number               INTEGER NOT NULL CHECK (number > 0),
    type_abbreviation    TEXT NOT NULL DEFAULT '',
    issuer_abbreviation  TEXT NOT NULL DEFAULT '',
    symbol               TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    document_date        TEXT NOT NULL,
    summary              TEXT NOT NULL DEFAULT '',
    signer               TEXT NOT NULL DEFAULT '',
    document_key         TEXT NOT NULL UNIQUE,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    print_count          INTEGER NOT NULL DEFAULT 0,
    last_printed_at      TEXT,
    UNIQUE (organization, issuer, year, number)
);
INSERT INTO new_document_register (id, organization, issuer, year, number, type_abbreviation, issuer_abbreviation,
                                   symbol, kind, document_date, summary, signer, document_key, created_at,
                                   print_count, last_printed_at)
    SELECT r.id,
           CASE WHEN r.issuer = 'council' OR r.issuer_abbreviation = '' OR r.issuer_abbreviation = s.abbreviation
                THEN COALESCE(s.full_name, '') ELSE '' END,
           r.issuer, r.year, r.number, r.type_abbreviation, r.issuer_abbreviation, r.symbol, r.kind,
           r.document_date, r.summary, r.signer, r.document_key, r.created_at, r.print_count, r.last_printed_at
    FROM document_register AS r LEFT JOIN school AS s ON s.id = 1;
DROP TABLE document_register;
ALTER TABLE new_document_register RENAME TO document_register;
