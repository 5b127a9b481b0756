-- Versioned 1.1000: it runs right after V1 (reference tables) and never blocks later main migrations.
-- Demo organisation of a county, loaded only in the embedded default (and the tests).
-- Production loads its own regions and departments.

INSERT INTO region (code, name, parent_code) VALUES
  ('330100',    '示范县',   NULL),
  ('330100-01', '城关街道', '330100'),
  ('330100-02', '东湖街道', '330100'),
  ('330100-03', '西山镇',   '330100');

INSERT INTO department (code, name, kind, region_code, parent_code) VALUES
  ('XFJ',   '县信访局',               'PETITION_OFFICE', '330100',    NULL),
  ('JD01',  '城关街道办事处',         'STREET_OFFICE',   '330100-01', NULL),
  ('JD02',  '东湖街道办事处',         'STREET_OFFICE',   '330100-02', NULL),
  ('JD03',  '西山镇人民政府',         'STREET_OFFICE',   '330100-03', NULL),
  ('ZJJ',   '县住房和城乡建设局',     'FUNCTIONAL',      '330100',    NULL),
  ('RSJ',   '县人力资源和社会保障局', 'FUNCTIONAL',      '330100',    NULL),
  ('JYJ',   '县教育局',               'FUNCTIONAL',      '330100',    NULL),
  ('ZRZYJ', '县自然资源局',           'FUNCTIONAL',      '330100',    NULL),
  ('ZFW',   '县委政法委',             'POLITICAL_LEGAL', '330100',    NULL),
  ('JWJW',  '县纪委监委',             'DISCIPLINE',      '330100',    NULL);
