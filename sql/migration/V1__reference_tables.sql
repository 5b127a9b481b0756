-- Reference data: regions, departments, categories and the holiday calendar.
-- The same file runs on H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE region (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  parent_code VARCHAR(32)
);

-- kind: PETITION_OFFICE, STREET_OFFICE, FUNCTIONAL, POLITICAL_LEGAL, DISCIPLINE, SUPERIOR
CREATE TABLE department (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  kind        VARCHAR(32)  NOT NULL,
  region_code VARCHAR(32),
  parent_code VARCHAR(32)
);

-- Petition categories. domain is one of the four key domains
-- (LIVELIHOOD, URBAN_RENEWAL, LAW_LITIGATION, ENTERPRISE_RESTRUCTURING) or OTHER.
CREATE TABLE category (
  code       VARCHAR(32)  NOT NULL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  domain     VARCHAR(32)  NOT NULL,
  sort_order INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_category_name UNIQUE (name)
);

-- Exceptions to the Monday-to-Friday week: statutory rest days (HOLIDAY) and
-- make-up working days (WORKDAY). Each year's schedule is loaded as data.
CREATE TABLE calendar_day (
  cal_date DATE         NOT NULL PRIMARY KEY,
  day_kind VARCHAR(8)   NOT NULL,
  name     VARCHAR(50)  NOT NULL
);

INSERT INTO category (code, name, domain, sort_order) VALUES
  ('URBAN_RENEWAL',       '城市更新',     'URBAN_RENEWAL',            10),
  ('OLD_COMMUNITY',       '老旧小区改造', 'URBAN_RENEWAL',            11),
  ('DEMOLITION',          '征收拆迁',     'URBAN_RENEWAL',            12),
  ('EDUCATION',           '教育',         'LIVELIHOOD',               20),
  ('MEDICAL',             '医疗卫生',     'LIVELIHOOD',               21),
  ('ELDERLY_CHILDCARE',   '养老托幼',     'LIVELIHOOD',               22),
  ('EMPLOYMENT',          '就业社保',     'LIVELIHOOD',               23),
  ('ENFORCEMENT',         '执行难',       'LAW_LITIGATION',           30),
  ('ADMIN_DISPUTE',       '行政争议',     'LAW_LITIGATION',           31),
  ('LITIGATION',          '涉法涉诉',     'LAW_LITIGATION',           32),
  ('WORKER_RESETTLEMENT', '职工安置',     'ENTERPRISE_RESTRUCTURING', 40),
  ('LAND_RESOURCES',      '国土资源',     'OTHER',                    50),
  ('NEIGHBOURHOOD',       '邻里纠纷',     'OTHER',                    60),
  ('OTHER',               '其他',         'OTHER',                    99);

-- 2026 schedule: State Council notice of 2025-11-04.
INSERT INTO calendar_day (cal_date, day_kind, name) VALUES
  ('2026-01-01', 'HOLIDAY', '元旦'),
  ('2026-01-02', 'HOLIDAY', '元旦'),
  ('2026-01-03', 'HOLIDAY', '元旦'),
  ('2026-01-04', 'WORKDAY', '元旦调休上班'),
  ('2026-02-14', 'WORKDAY', '春节调休上班'),
  ('2026-02-15', 'HOLIDAY', '春节'),
  ('2026-02-16', 'HOLIDAY', '春节'),
  ('2026-02-17', 'HOLIDAY', '春节'),
  ('2026-02-18', 'HOLIDAY', '春节'),
  ('2026-02-19', 'HOLIDAY', '春节'),
  ('2026-02-20', 'HOLIDAY', '春节'),
  ('2026-02-21', 'HOLIDAY', '春节'),
  ('2026-02-22', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'),
  ('2026-02-28', 'WORKDAY', '春节调休上班'),
  ('2026-04-04', 'HOLIDAY', '清明节'),
  ('2026-04-05', 'HOLIDAY', '清明节'),
  ('2026-04-06', 'HOLIDAY', '清明节'),
  ('2026-05-01', 'HOLIDAY', '劳动节'),
  ('2026-05-02', 'HOLIDAY', '劳动节'),
  ('2026-05-03', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'),
  ('2026-05-05', 'HOLIDAY', '劳动节'),
  ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
  ('2026-06-19', 'HOLIDAY', '端午节'),
  ('2026-06-20', 'HOLIDAY', '端午节'),
  ('2026-06-21', 'HOLIDAY', '端午节'),
  ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
  ('2026-09-25', 'HOLIDAY', '中秋节'),
  ('2026-09-26', 'HOLIDAY', '中秋节'),
  ('2026-09-27', 'HOLIDAY', '中秋节'),
  ('2026-10-01', 'HOLIDAY', '国庆节'),
  ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-03', 'HOLIDAY', '国庆节'),
  ('2026-10-04', 'HOLIDAY', '国庆节'),
  ('2026-10-05', 'HOLIDAY', '国庆节'),
  ('2026-10-06', 'HOLIDAY', '国庆节'),
  ('2026-10-07', 'HOLIDAY', '国庆节'),
  ('2026-10-10', 'WORKDAY', '国庆节调休上班');
