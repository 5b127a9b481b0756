-- 督办与三函 (supervision ladder and letters), 复查/复核 (appeals), 领导包案 (leader ownership).
-- Times are stored as DATETIME instants (UTC on MySQL, see connectionTimeZone).

-- Every notice (临期提示) and letter (督办函 / 风险提醒函 / 问责建议函) of a case.
-- A case gets at most one of a kind per stage and step (time limit): uk_letter_case_kind_stage_step
-- makes a second delivery of the same timer, or a racing engine node, insert nothing.
CREATE TABLE case_letter (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  letter_no        VARCHAR(32)   NOT NULL,
  case_no          VARCHAR(20)   NOT NULL,
  kind             VARCHAR(24)   NOT NULL,
  stage            VARCHAR(16)   NOT NULL,
  step             VARCHAR(32)   NOT NULL,
  rule_name        VARCHAR(200),
  issuer_dept      VARCHAR(32)   NOT NULL,
  recipient_dept   VARCHAR(32)   NOT NULL,
  recipient_group  VARCHAR(64)   NOT NULL,
  copy_to          VARCHAR(64),
  reason           VARCHAR(1000) NOT NULL,
  days_late        INT           NOT NULL,
  step_due_at      DATETIME      NOT NULL,
  issued_at        DATETIME      NOT NULL,
  response_due_at  DATETIME,
  status           VARCHAR(16)   NOT NULL,
  answered_at      DATETIME,
  answered_by      VARCHAR(64),
  answer           VARCHAR(2000),
  CONSTRAINT uk_letter_no UNIQUE (letter_no),
  CONSTRAINT uk_letter_case_kind_stage_step UNIQUE (case_no, kind, stage, step),
  CONSTRAINT fk_letter_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
CREATE INDEX ix_letter_status_due ON case_letter (status, response_due_at);

-- Counter behind letter numbers 督〔2026〕17号: one row per (kind, year), locked while a number is drawn.
CREATE TABLE letter_number_counter (
  kind        VARCHAR(24) NOT NULL,
  issue_year  INT         NOT NULL,
  last_value  INT         NOT NULL,
  PRIMARY KEY (kind, issue_year)
);

-- 复查 (REVIEW) and 复核 (RE_REVIEW) requests: one of each kind per case.
CREATE TABLE case_appeal (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no          VARCHAR(20)   NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  received_at      DATETIME      NOT NULL,
  registered_at    DATETIME      NOT NULL,
  registered_by    VARCHAR(64),
  deciding_dept    VARCHAR(32)   NOT NULL,
  process_instance_id VARCHAR(64),
  status           VARCHAR(16)   NOT NULL,
  opinion          VARCHAR(4000),
  decided_at       DATETIME,
  CONSTRAINT uk_appeal_case_kind UNIQUE (case_no, kind),
  CONSTRAINT fk_appeal_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);

-- 领导包案: the leader who owns a backlog case (积案).
CREATE TABLE case_leader_owner (
  case_no      VARCHAR(20)   NOT NULL PRIMARY KEY,
  leader_group VARCHAR(64)   NOT NULL,
  dept_code    VARCHAR(32)   NOT NULL,
  rule_name    VARCHAR(200),
  assigned_at  DATETIME      NOT NULL,
  CONSTRAINT fk_leader_owner_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
