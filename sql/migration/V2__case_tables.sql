-- Petition cases, petitioners, co-handlers, running deadlines and the event timeline.
-- Times are stored as DATETIME instants (UTC on MySQL, see connectionTimeZone).

CREATE TABLE petition_case (
  case_no              VARCHAR(20)   NOT NULL PRIMARY KEY,
  process_instance_id  VARCHAR(64),
  channel              VARCHAR(16)   NOT NULL,
  received_at          DATETIME      NOT NULL,
  registered_at        DATETIME      NOT NULL,
  registered_by        VARCHAR(64),
  first_contact_dept   VARCHAR(32)   NOT NULL,
  handling_dept        VARCHAR(32),
  title                VARCHAR(200)  NOT NULL,
  content              VARCHAR(4000) NOT NULL,
  category_code        VARCHAR(32)   NOT NULL,
  occurrence_region    VARCHAR(32)   NOT NULL,
  person_count         INT           NOT NULL,
  skip_level           BOOLEAN       NOT NULL DEFAULT FALSE,
  extreme_behaviour    BOOLEAN       NOT NULL DEFAULT FALSE,
  procedure_type       VARCHAR(16),
  line_type            VARCHAR(16),
  warning_level        VARCHAR(8)    NOT NULL DEFAULT 'NONE',
  status               VARCHAR(16)   NOT NULL,
  current_stage        VARCHAR(64),
  repeat_of            VARCHAR(20),
  accept_decision      VARCHAR(16),
  decline_reason       VARCHAR(1000),
  guidance             VARCHAR(1000),
  outcome              VARCHAR(16),
  reply_text           VARCHAR(4000),
  replied_at           DATETIME,
  satisfaction_handler VARCHAR(24),
  satisfaction_office  VARCHAR(24),
  closed_at            DATETIME,
  CONSTRAINT uk_case_process UNIQUE (process_instance_id)
);
CREATE INDEX ix_case_first_dept_status ON petition_case (first_contact_dept, status);
CREATE INDEX ix_case_handling_dept_status ON petition_case (handling_dept, status);
CREATE INDEX ix_case_status_warning ON petition_case (status, warning_level);
CREATE INDEX ix_case_repeat_of ON petition_case (repeat_of);
CREATE INDEX ix_case_received ON petition_case (received_at);

CREATE TABLE petitioner (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no           VARCHAR(20)   NOT NULL,
  seq               INT           NOT NULL,
  name              VARCHAR(100)  NOT NULL,
  id_number         VARCHAR(18),
  phone             VARCHAR(20),
  household_region  VARCHAR(32),
  residence_region  VARCHAR(32),
  CONSTRAINT uk_petitioner_seq UNIQUE (case_no, seq),
  CONSTRAINT fk_petitioner_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
CREATE INDEX ix_petitioner_id_number ON petitioner (id_number);

-- 协办: departments at the petitioner's household or residence region (三跨三分离).
CREATE TABLE case_co_handler (
  case_no     VARCHAR(20)   NOT NULL,
  dept_code   VARCHAR(32)   NOT NULL,
  reason      VARCHAR(16)   NOT NULL,
  status      VARCHAR(16)   NOT NULL,
  opinion     VARCHAR(2000),
  finished_at DATETIME,
  PRIMARY KEY (case_no, dept_code),
  CONSTRAINT fk_co_handler_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);

-- Every statutory or configured time limit of a case: one row per (case, limit).
CREATE TABLE case_deadline (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no       VARCHAR(20)   NOT NULL,
  limit_code    VARCHAR(32)   NOT NULL,
  started_at    DATETIME      NOT NULL,
  due_at        DATETIME      NOT NULL,
  amount        INT           NOT NULL,
  unit          VARCHAR(16)   NOT NULL,
  basis         VARCHAR(500)  NOT NULL,
  extended_days INT           NOT NULL DEFAULT 0,
  status        VARCHAR(16)   NOT NULL,
  finished_at   DATETIME,
  CONSTRAINT uk_deadline_case_limit UNIQUE (case_no, limit_code),
  CONSTRAINT fk_deadline_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
CREATE INDEX ix_deadline_status_due ON case_deadline (status, due_at);

CREATE TABLE case_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no     VARCHAR(20)   NOT NULL,
  occurred_at DATETIME      NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  actor       VARCHAR(64),
  dept_code   VARCHAR(32),
  detail      VARCHAR(2000),
  CONSTRAINT fk_event_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
CREATE INDEX ix_event_case ON case_event (case_no, occurred_at);

-- Daily counter behind case numbers XFyyyyMMddNNNNN; a row lock serialises concurrent intake.
CREATE TABLE case_number_counter (
  counter_date CHAR(8) NOT NULL PRIMARY KEY,
  last_value   INT     NOT NULL
);
