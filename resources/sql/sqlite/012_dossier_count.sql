-- The totals of the worklists (all received dossiers, by handling department, by status, department and status)
-- read this table instead of counting the dossiers: one row per (department, status) holding how many received
-- dossiers are there now (department 0: no department holds them). The triggers keep it in step with the dossier
-- table in the same transaction as every change, so it is never stale: a change rolled back takes its count back
-- with it. Dossiers not yet received (an online submission waiting, or refused at the queue) are not counted: no
-- list shows them. Counts that depend on the time (overdue, due today) are not kept here: they come from the
-- (status, due_at) index. A row that falls to zero goes, so the table is a function of the dossiers alone: a copy
-- (motcua-cli copy) counts the target's again once its dossiers are in and compares it with its source's.
-- motcua-cli verify holds this table against a count of the rows (HistoryAudit).
CREATE TABLE dossier_count (
    department_id INTEGER NOT NULL,
    status INTEGER NOT NULL,
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (department_id, status)
) STRICT;

CREATE TRIGGER dossier_count_insert AFTER INSERT ON dossier
WHEN new.received_at IS NOT NULL
BEGIN
    INSERT INTO dossier_count (department_id, status, n) VALUES (coalesce(new.department_id, 0), new.status, 1)
        ON CONFLICT (department_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dossier_count_update AFTER UPDATE OF department_id, status, received_at ON dossier
WHEN old.department_id IS NOT new.department_id OR old.status IS NOT new.status
     OR (old.received_at IS NULL) IS NOT (new.received_at IS NULL)
BEGIN
    UPDATE dossier_count SET n = n - 1
        WHERE old.received_at IS NOT NULL AND department_id = coalesce(old.department_id, 0) AND status = old.status;
    DELETE FROM dossier_count WHERE department_id = coalesce(old.department_id, 0) AND status = old.status AND n = 0;
    INSERT INTO dossier_count (department_id, status, n)
        SELECT coalesce(new.department_id, 0), new.status, 1 WHERE new.received_at IS NOT NULL
        ON CONFLICT (department_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dossier_count_delete AFTER DELETE ON dossier
WHEN old.received_at IS NOT NULL
BEGIN
    UPDATE dossier_count SET n = n - 1 WHERE department_id = coalesce(old.department_id, 0) AND status = old.status;
    DELETE FROM dossier_count WHERE department_id = coalesce(old.department_id, 0) AND status = old.status AND n = 0;
END;

INSERT INTO dossier_count (department_id, status, n)
    SELECT coalesce(department_id, 0), status, count(*) FROM dossier WHERE received_at IS NOT NULL
    GROUP BY coalesce(department_id, 0), status;

-- Indexes that no query reads (tests/core/IndexAuditTest.cpp holds every remaining index against the plans of the
-- application's queries): the calendar's entries are read whole and a year's go with it through the foreign key's
-- cascade, a scan of a few hundred rows; the online queue is read by status through the dossier's indexes; the
-- import and sign-in logs are read newest first by id.
DROP INDEX calendar_entry_by_year;
DROP INDEX online_submission_by_submitted;
DROP INDEX online_import_log_by_at;
DROP INDEX sign_in_log_at;
