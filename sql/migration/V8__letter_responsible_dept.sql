-- 每个迟延的责任单位各得一份函件: a letter is keyed by the department whose lateness it is about
-- (责任单位) as well. Two co-handlers (协办) late on the same step each get their own 临期提示, 督办函
-- and, via the discipline organ, 问责建议函; a timer delivered twice, or racing engine nodes, still
-- insert one row per department. For 临期提示 and 督办函 the responsible department is also the
-- recipient; 问责建议函 and 风险提醒函 go to the discipline organ or the responsible leader and name it.

ALTER TABLE case_letter ADD COLUMN responsible_dept VARCHAR(32) NOT NULL DEFAULT '';

-- Letters issued before: a notice or supervision letter went to the late department itself; any other
-- letter was about the department that owned the step (受理: first contact; 办理: the handling
-- department; 复查/复核: the deciding organ), else its recipient.
UPDATE case_letter SET responsible_dept = recipient_dept WHERE kind IN ('NOTICE', 'SUPERVISION_LETTER');
UPDATE case_letter SET responsible_dept = (
    SELECT CASE WHEN case_letter.step = 'ACCEPT' THEN p.first_contact_dept
                ELSE COALESCE(p.handling_dept, p.first_contact_dept) END
    FROM petition_case p WHERE p.case_no = case_letter.case_no)
  WHERE responsible_dept = '' AND step IN ('ACCEPT', 'HANDLE');
UPDATE case_letter SET responsible_dept = COALESCE((
    SELECT MAX(a.deciding_dept) FROM case_appeal a WHERE a.case_no = case_letter.case_no
      AND a.kind = CASE WHEN case_letter.step = 'REVIEW_DECIDE' THEN 'REVIEW' ELSE 'RE_REVIEW' END),
    recipient_dept)
  WHERE responsible_dept = '';

-- The new key first: on MySQL it also serves the foreign key on case_no that the old one served.
ALTER TABLE case_letter ADD CONSTRAINT uk_letter_case_kind_stage_step_dept
  UNIQUE (case_no, kind, stage, step, responsible_dept);
ALTER TABLE case_letter DROP CONSTRAINT uk_letter_case_kind_stage_step;
