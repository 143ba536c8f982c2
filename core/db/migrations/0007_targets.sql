-- Version 7: the movement's targets for each school year (issue 14, point 5) and the learning models (mô hình học
-- tập) counted per tổ. The defaults are the seed plans': at least 95 % of staff and students recognised Công dân học
-- tập (seed 003; a school may set 97 % as seed 002 does), 100 % of each tổ's members (seed 003 §IV.1), at least one
-- learning model per tổ per year (seed 003). Rates are kept in tenths of a percent (950 = 95,0 %).
-- reference_date: who counts in a denominator is the people at the school on that day who belong to a collective of
-- the year; NULL = the year's last day. A year without a row has the defaults (core/criteria/Targets.h says the same).
CREATE TABLE movement_target (
    school_year_id      INTEGER PRIMARY KEY REFERENCES school_year(id) ON DELETE CASCADE,
    rate_tenths         INTEGER NOT NULL DEFAULT 950 CHECK (rate_tenths BETWEEN 1 AND 1000),
    group_rate_tenths   INTEGER NOT NULL DEFAULT 1000 CHECK (group_rate_tenths BETWEEN 1 AND 1000),
    models_per_group    INTEGER NOT NULL DEFAULT 1 CHECK (models_per_group BETWEEN 0 AND 100),
    reference_date      TEXT
);
INSERT INTO movement_target (school_year_id) SELECT id FROM school_year;

-- How many learning models a tổ built in a school year, as the committee entered it (the models themselves are
-- recorded by a later version). No row: none entered, counted as 0.
CREATE TABLE learning_model_count (
    school_year_id  INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
    collective_id   INTEGER NOT NULL REFERENCES collective(id) ON DELETE CASCADE,
    model_count     INTEGER NOT NULL CHECK (model_count BETWEEN 0 AND 1000),
    PRIMARY KEY (school_year_id, collective_id)
);
