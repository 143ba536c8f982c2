-- Version 3: the document register (sổ đăng ký văn bản đi), the legal bases documents cite (căn cứ) and the
-- positions of certificate fields per printer.

-- One row per number given out. Each issuer keeps its own sequence per calendar year (legal-facts §1.3): the school,
-- and the Hội đồng Thi đua - Khen thưởng, which as a tổ chức tư vấn "phải lấy hệ thống số riêng".
-- symbol = the printed ký hiệu ("27/KH-MNgS"); document_key = what identifies the document when it is printed again,
-- so a reprint keeps its number.
CREATE TABLE document_register (
    id                   INTEGER PRIMARY KEY,
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
    UNIQUE (issuer, year, number)
);

-- Căn cứ: documents cited at the head of tờ trình and quyết định, with the dates they are in force. A document cites
-- the bases valid on its own date. doc_type = "Luật", "Nghị định", "Quyết định"…; number = "152/2025/NĐ-CP" (laws
-- have none); title = the trích yếu, or the law's name; verb = "Căn cứ" or "Thực hiện"; applies_to = document kinds,
-- comma separated, or '*' for all.
CREATE TABLE legal_basis (
    id          INTEGER PRIMARY KEY,
    doc_type    TEXT NOT NULL CHECK (doc_type <> ''),
    number      TEXT NOT NULL DEFAULT '',
    issued_on   TEXT,
    issuer      TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL CHECK (title <> ''),
    valid_from  TEXT,
    valid_to    TEXT,
    verb        TEXT NOT NULL DEFAULT 'Căn cứ',
    applies_to  TEXT NOT NULL DEFAULT '*',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT '',
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

-- Defaults (legal-facts §2.1). Nghị định 98/2023 expired on 01/07/2025 when Nghị định 152/2025 took effect.
INSERT INTO legal_basis (doc_type, number, issued_on, issuer, title, valid_from, valid_to, applies_to, sort_order, note)
VALUES
    ('Luật', '06/2022/QH15', '2022-06-15', 'Quốc hội', 'Thi đua, khen thưởng', '2024-01-01', NULL,
     'to_trinh,quyet_dinh', 10, 'Hiệu lực từ 01/01/2024.'),
    ('Nghị định', '98/2023/NĐ-CP', '2023-12-31', 'Chính phủ',
     'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', '2024-01-01', '2025-06-30',
     'to_trinh,quyet_dinh', 20, 'Hết hiệu lực từ 01/7/2025, thay bằng Nghị định 152/2025/NĐ-CP.'),
    ('Nghị định', '152/2025/NĐ-CP', '2025-06-14', 'Chính phủ',
     'quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
     '2025-07-01', NULL, 'to_trinh,quyet_dinh', 20, 'Hiệu lực từ 01/7/2025.'),
    ('Quyết định', '1315/QĐ-TTg', '2023-11-09', 'Thủ tướng Chính phủ',
     'về ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”',
     '2023-11-09', NULL, 'to_trinh,quyet_dinh', 30, 'Phong trào giai đoạn 2023 - 2030.');

-- Where each field of a Giấy khen goes on the pre-printed blanks of one printer, as JSON (CertificateLayout), so that
-- the positions found with the calibration print are remembered per printer.
CREATE TABLE certificate_layout (
    printer     TEXT PRIMARY KEY,
    layout      TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
