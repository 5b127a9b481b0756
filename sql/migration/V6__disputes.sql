-- 矛盾纠纷排查: what V5 did not yet store about a reported dispute.
-- The same file runs on H2 (MODE=MySQL) and MySQL/MariaDB.
-- dispute.status is one of REPORTED (已上报), ESCALATED (街道提请区级调度), RESOLVED (就地化解),
-- PETITIONED (已转为信访件, case_no set); dispute_event keeps the whole history.

ALTER TABLE dispute ADD COLUMN title VARCHAR(200);
ALTER TABLE dispute ADD COLUMN skip_level BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dispute ADD COLUMN owner_dept VARCHAR(32);
