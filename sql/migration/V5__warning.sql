-- Three-colour warnings (三色预警) of cases and screened disputes, and the disputes themselves (矛盾纠纷排查).
-- The same file runs on H2 (MODE=MySQL) and MySQL/MariaDB.

-- One row per colour a subject reached: (subject, level) is the natural key, so a re-evaluation that
-- gives the same colour adds nothing, and a raised colour adds a row (the earlier one is SUPERSEDED).
CREATE TABLE risk_warning (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subject_kind        VARCHAR(8)    NOT NULL,  -- CASE or DISPUTE
  subject_id          VARCHAR(32)   NOT NULL,  -- case number, or dispute id
  level               VARCHAR(8)    NOT NULL,  -- YELLOW, ORANGE, RED
  previous_level      VARCHAR(8)    NOT NULL,
  rule_name           VARCHAR(200)  NOT NULL,  -- the row of rules/warning/warning.drl.xlsx
  reason              VARCHAR(1000) NOT NULL,  -- the facts the table saw, in Chinese
  matched_phrases     VARCHAR(500),            -- e.g. 堵路（橙）、集体（黄）
  online_risk         BOOLEAN       NOT NULL DEFAULT FALSE,
  trigger_kind        VARCHAR(16)   NOT NULL,  -- INTAKE, REPEAT, FACTS, DISPUTE
  owner_dept          VARCHAR(32)   NOT NULL,
  assessed_at         DATETIME      NOT NULL,
  due_at              DATETIME      NOT NULL,
  status              VARCHAR(16)   NOT NULL,  -- OPEN, ESCALATED, HANDLED, SUPERSEDED
  handled_at          DATETIME,
  handled_by          VARCHAR(64),
  response_note       VARCHAR(2000),
  process_instance_id VARCHAR(64),
  CONSTRAINT uk_warning_subject_level UNIQUE (subject_kind, subject_id, level)
);
CREATE INDEX ix_warning_status_due ON risk_warning (status, due_at);

-- Disputes reported by grid workers and community staff before they become petitions.
CREATE TABLE dispute (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reported_at         DATETIME      NOT NULL,
  reported_by         VARCHAR(64),
  region_code         VARCHAR(32)   NOT NULL,
  place               VARCHAR(200)  NOT NULL,
  category_code       VARCHAR(32)   NOT NULL,
  domain              VARCHAR(32)   NOT NULL,
  person_count        INT           NOT NULL,
  parties             VARCHAR(500)  NOT NULL,
  description         VARCHAR(4000) NOT NULL,
  extreme_behaviour   BOOLEAN       NOT NULL DEFAULT FALSE,
  warning_level       VARCHAR(8)    NOT NULL DEFAULT 'NONE',
  status              VARCHAR(16)   NOT NULL,  -- OPEN, RESOLVED, PETITION
  resolution          VARCHAR(2000),
  resolved_at         DATETIME,
  case_no             VARCHAR(20),
  process_instance_id VARCHAR(64),
  CONSTRAINT fk_dispute_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
CREATE INDEX ix_dispute_status_region ON dispute (status, region_code);

-- The history of a dispute: reported, reviewed by the street or district, resolved, turned into a case.
CREATE TABLE dispute_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dispute_id  BIGINT        NOT NULL,
  occurred_at DATETIME      NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  actor       VARCHAR(64),
  detail      VARCHAR(2000),
  CONSTRAINT fk_dispute_event FOREIGN KEY (dispute_id) REFERENCES dispute (id)
);
CREATE INDEX ix_dispute_event ON dispute_event (dispute_id, occurred_at);
