-- Versioned 12.1000: the demo superior organ signs documents (复查意见书, 复核意见书, and the letters the county
-- office cannot issue to itself) under its own name, so its name is the organ's, without a note on its role.
UPDATE department SET name = '市信访局' WHERE code = 'SXFJ';
