-- Versioned 5.1000: demo units of emergency handling (处突) and online guidance, for the embedded default.
-- Each department gets the groups dept-CODE and leader-CODE from the demo organisation loader.
INSERT INTO department (code, name, kind, region_code, parent_code) VALUES
  ('CTK', '县信访局处突科',   'PETITION_OFFICE', '330100', 'XFJ'),
  ('GAJ', '县公安局',         'FUNCTIONAL',      '330100', NULL),
  ('WXB', '县委网信办',       'FUNCTIONAL',      '330100', NULL);
