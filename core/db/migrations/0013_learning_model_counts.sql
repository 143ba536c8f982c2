-- Version 13: the learning models of each tổ are counted from the models recorded (learning_model, version 11), not
-- typed (issue 17, point 1). learning_model_count (version 7), the number the committee typed per tổ and year in the
-- targets dialog, is dropped with its rows: a typed number has no names to become models from, and keeping it would
-- leave two sources for one figure. Nothing refers to it; no other table is rebuilt. The backup copy taken before this
-- upgrade (FILE.v12-DATE.bak, see Database::migrate) still holds the old numbers.
DROP TABLE learning_model_count;
