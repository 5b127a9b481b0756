-- How each stored deadline was counted (e.g. 期满日2026-10-03为法定节假日，顺延至2026-10-08)
-- and why it was extended, shown beside the due time and the legal basis.
ALTER TABLE case_deadline ADD COLUMN explanation VARCHAR(500);
ALTER TABLE case_deadline ADD COLUMN extension_reason VARCHAR(500);
