-- The legal terms a dossier was received under (time limit, counting rule, supplement behaviour), so that a
-- later edit of the procedure in the catalogue never moves the deadlines of dossiers already received.

ALTER TABLE dossier ADD COLUMN limit_unit TEXT NOT NULL DEFAULT 'days' CHECK (limit_unit IN ('days', 'hours'));
ALTER TABLE dossier ADD COLUMN limit_amount REAL NOT NULL DEFAULT 0 CHECK (limit_amount >= 0);
ALTER TABLE dossier ADD COLUMN rule TEXT NOT NULL DEFAULT 'default' CHECK (rule IN ('default', 'session'));
ALTER TABLE dossier ADD COLUMN on_supplement TEXT NOT NULL DEFAULT 'pause' CHECK (on_supplement IN ('pause', 'restart'));

UPDATE dossier SET
    limit_unit = (SELECT p.limit_unit FROM procedure p WHERE p.id = dossier.procedure_id),
    limit_amount = (SELECT p.limit_amount FROM procedure p WHERE p.id = dossier.procedure_id),
    rule = (SELECT p.rule FROM procedure p WHERE p.id = dossier.procedure_id),
    on_supplement = (SELECT p.on_supplement FROM procedure p WHERE p.id = dossier.procedure_id);
