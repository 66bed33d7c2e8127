-- motcua: foreign-keys-off
-- A broken rebuild: the rows are not copied, so users point at departments that are gone.
CREATE TABLE department_new (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    one_stop INTEGER NOT NULL DEFAULT 0 CHECK (one_stop IN (0, 1))
) STRICT;
DROP TABLE department;
ALTER TABLE department_new RENAME TO department;
