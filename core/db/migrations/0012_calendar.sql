-- Version 12: the year's calendar (lịch công việc) and the judgement sections of reports (issue 17). Only adds tables.
--
-- calendar_entry: a deadline or an event of every school year (year NULL: day and month, placed in each school year
-- by CalendarDate: September–December in the year it starts, January–August in the next) or of one calendar year
-- (year set: a one-off such as the sơ kết). end_month/end_day: the last day of an event that lasts several days.
-- rule says what the program checks is still missing before it ('none', 'lifelong_learning_week', 'reading_day',
-- 'award_dossier', 'annual_report', 'stage_review'); concerns = the school year whose records it checks ('year': the
-- one the date falls in, 'previous_year': the one before). stage_from/stage_to: the start years of the first and
-- last school year of a stage review. Built-in rows (builtin = 1) can change their dates, not go away.
CREATE TABLE calendar_entry (
    key         TEXT PRIMARY KEY CHECK (key <> ''),
    name        TEXT NOT NULL CHECK (name <> ''),
    rule        TEXT NOT NULL DEFAULT 'none' CHECK (rule IN ('none', 'lifelong_learning_week', 'reading_day',
                                                             'award_dossier', 'annual_report', 'stage_review')),
    concerns    TEXT NOT NULL DEFAULT 'year' CHECK (concerns IN ('year', 'previous_year')),
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day         INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    end_month   INTEGER CHECK (end_month BETWEEN 1 AND 12),
    end_day     INTEGER CHECK (end_day BETWEEN 1 AND 31),
    year        INTEGER CHECK (year BETWEEN 1900 AND 2200),
    stage_from  INTEGER,
    stage_to    INTEGER,
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    CHECK ((end_month IS NULL) = (end_day IS NULL)),
    CHECK ((stage_from IS NULL) = (stage_to IS NULL) AND (stage_from IS NULL OR stage_to >= stage_from))
);
-- The defaults, from the seed plans:
-- award_dossier: seed 004, "3. Thời gian" ("Hồ sơ đề nghị khen thưởng Phong trào thi đua năm 2024 … trình Sở … trước ngày
--   15/9/2024"); it carries the nominations of the school year that has just ended (their meeting is in May).
-- lifelong_learning_week: seed 003 ("c) Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời (0/10-07/10/2024)": read
--   01/10; "diễn ra vào tháng 10 hàng năm").
-- annual_report: seeds 000 and 003 ("Trước ngày 25 tháng 11 hàng năm báo cáo tình hình tổ chức thực hiện Phong trào
--   thi đua"); seed 001 (Sở GDĐT TP.HCM) asks for 05 December: a school under it changes the date.
-- reading_day: Ngày Sách và Văn hóa đọc Việt Nam, 21/4 each year (named in seed 003, a) beside the Tuần lễ).
-- midterm_dossier: seed 004, "3. Thời gian" ("Hồ sơ đề nghị khen thưởng sơ kết … trước ngày 15/8/2025").
-- midterm_review: seeds 000 and 003 ("sơ kết … chậm nhất vào Quý 3 năm 2025"): the last day of that quarter.
-- final_review: seeds 000 and 003 ("tổng kết vào năm 2030"); the same day of the year as the sơ kết.
INSERT INTO calendar_entry (key, name, rule, concerns, month, day, end_month, end_day, year, stage_from, stage_to,
                            builtin) VALUES
    ('award_dossier', 'Hồ sơ đề nghị khen thưởng Phong trào thi đua', 'award_dossier', 'previous_year', 9, 15,
     NULL, NULL, NULL, NULL, NULL, 1),
    ('lifelong_learning_week', 'Tuần lễ hưởng ứng học tập suốt đời', 'lifelong_learning_week', 'year', 10, 1, 10, 7,
     NULL, NULL, NULL, 1),
    ('annual_report', 'Báo cáo kết quả thực hiện Phong trào thi đua', 'annual_report', 'year', 11, 25, NULL, NULL,
     NULL, NULL, NULL, 1),
    ('reading_day', 'Ngày Sách và Văn hóa đọc Việt Nam', 'reading_day', 'year', 4, 21, NULL, NULL, NULL, NULL, NULL,
     1),
    ('midterm_dossier', 'Hồ sơ đề nghị khen thưởng sơ kết giai đoạn 2023–2025', 'award_dossier', 'year', 8, 15,
     NULL, NULL, 2025, NULL, NULL, 1),
    ('midterm_review', 'Sơ kết Phong trào thi đua giai đoạn 2023–2025', 'stage_review', 'year', 9, 30, NULL, NULL,
     2025, 2023, 2024, 1),
    ('final_review', 'Tổng kết Phong trào thi đua giai đoạn 2023–2030', 'stage_review', 'year', 9, 30, NULL, NULL,
     2030, 2023, 2029, 1);

-- report_text: a judgement section of the report of a period (the user's own words), the period given by the start
-- years of its first and last school year: the annual report of 2024-2025 is (2024, 2024), the sơ kết 2023–2025 is
-- (2023, 2024). section: 'noi_bat' (Kết quả nổi bật), 'ton_tai' (Tồn tại, hạn chế), 'nguyen_nhan' (Nguyên nhân),
-- 'phuong_huong' (Phương hướng, nhiệm vụ), 'kien_nghi' (Đề xuất, kiến nghị). A section not written has no row.
CREATE TABLE report_text (
    from_year   INTEGER NOT NULL CHECK (from_year BETWEEN 1900 AND 2200),
    to_year     INTEGER NOT NULL CHECK (to_year >= from_year AND to_year <= 2200),
    section     TEXT NOT NULL CHECK (section IN ('noi_bat', 'ton_tai', 'nguyen_nhan', 'phuong_huong', 'kien_nghi')),
    body        TEXT NOT NULL CHECK (body <> ''),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    PRIMARY KEY (from_year, to_year, section)
) WITHOUT ROWID;
