-- motcua: foreign-keys-off
-- A table rebuild as SQLite needs one to change a column: users keep pointing at their department.
CREATE TABLE department_new (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    one_stop INTEGER NOT NULL DEFAULT 0 CHECK (one_stop IN (0, 1)),
    phone TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO department_new (id, code, name, one_stop) SELECT id, code, name, one_stop FROM department;
DROP TABLE department;
ALTER TABLE department_new RENAME TO department;
