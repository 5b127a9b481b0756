-- One counter mechanism behind every running number (cn.petition.numbering.Counters): one row per series, e.g.
-- CASE-20260928 for the case numbers XF2026092800001… of a day and LETTER-SUPERVISION_LETTER-2026 for 督〔2026〕n号,
-- locked while a number is drawn. Replaces case_number_counter and letter_number_counter, keeping their values.
CREATE TABLE number_counter (
  series     VARCHAR(64) NOT NULL PRIMARY KEY,
  last_value INT         NOT NULL
);

INSERT INTO number_counter (series, last_value)
  SELECT CONCAT('CASE-', counter_date), last_value FROM case_number_counter;
INSERT INTO number_counter (series, last_value)
  SELECT CONCAT('LETTER-', kind, '-', CAST(issue_year AS CHAR(4))), last_value FROM letter_number_counter;

DROP TABLE case_number_counter;
DROP TABLE letter_number_counter;
