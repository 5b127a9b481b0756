-- 公文 (official documents): on each supervision letter, the department that was late (the unit a
-- 问责建议函 names).

ALTER TABLE case_letter ADD responsible_dept VARCHAR(32);
