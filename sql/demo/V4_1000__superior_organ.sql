-- Versioned 4.1000: demo superior organ (上一级机关) that decides 复查 and 复核 requests.
-- Loaded only in the embedded default and the tests; its groups dept-SXFJ / leader-SXFJ and users
-- sxfj-handler / sxfj-leader are created by the demo organisation loader.
INSERT INTO department (code, name, kind, region_code, parent_code) VALUES
  ('SXFJ', '市信访局（复查复核）', 'SUPERIOR', '330100', NULL);
