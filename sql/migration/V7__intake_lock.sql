-- Serialises the registrations naming the same petitioner: each registration locks (SELECT ... FOR UPDATE)
-- the row of every petitioner it names, so the same petition sent twice at the same moment is stored one
-- after the other and the second is seen as a repeat of the first (cn.petition.intake.IntakeLocks).
-- The key is the SHA-256 (hex) of the upper-case ID number, not the number itself, which is kept only in
-- petitioner. The same file runs on H2 and MySQL/MariaDB.
CREATE TABLE intake_lock (
  petitioner_key CHAR(64) NOT NULL PRIMARY KEY,
  created_at     DATETIME NOT NULL
);
