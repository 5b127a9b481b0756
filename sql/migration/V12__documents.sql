-- 公文 (official documents): the written notices a case owes the petitioner, their numbers and their
-- delivery (送达). The department a supervision letter is about (the unit a 问责建议函 names) is
-- case_letter.responsible_dept, added by V8. Times are stored as DATETIME instants (UTC on MySQL, see
-- connectionTimeZone).

-- 受理告知书, 不予受理告知书, 转送告知书, 延期办理告知书, 信访事项处理意见书, 复查意见书, 复核意见书.
-- A case gets one notice of a kind per occasion (occasion '-' for the notices issued once; the new due
-- date for an extension): uk_document_case_kind_occasion makes a repeated step or a retried job insert nothing.
-- Their numbers (受告〔2026〕12号) come from number_counter, one series per kind of notice and year
-- (NOTICE-ACCEPTANCE_NOTICE-2026), drawn by cn.petition.numbering.Counters.
-- facts holds the wording's facts as they were at issue (JSON), so a notice reads the same whenever it is printed.
CREATE TABLE case_document (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no              VARCHAR(20)   NOT NULL,
  kind                 VARCHAR(24)   NOT NULL,
  occasion             VARCHAR(32)   NOT NULL,
  doc_no               VARCHAR(32)   NOT NULL,
  issuer_dept          VARCHAR(32)   NOT NULL,
  addressee            VARCHAR(500)  NOT NULL,
  facts                VARCHAR(8000) NOT NULL,
  issued_at            DATETIME      NOT NULL,
  delivered_at         DATETIME,
  delivery_method      VARCHAR(16),
  delivery_note        VARCHAR(500),
  delivery_recorded_by VARCHAR(64),
  delivery_recorded_at DATETIME,
  CONSTRAINT uk_document_no UNIQUE (doc_no),
  CONSTRAINT uk_document_case_kind_occasion UNIQUE (case_no, kind, occasion),
  CONSTRAINT fk_document_case FOREIGN KEY (case_no) REFERENCES petition_case (case_no)
);
