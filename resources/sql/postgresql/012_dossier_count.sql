-- The totals of the worklists (all received dossiers, by handling department, by status, department and status)
-- read this table instead of counting the dossiers: one row per (department, status) holding how many received
-- dossiers are there now (department 0: no department holds them). The trigger keeps it in step with the dossier
-- table in the same transaction as every change, so it is never stale: a change rolled back takes its count back
-- with it. Dossiers not yet received (an online submission waiting, or refused at the queue) are not counted: no
-- list shows them. Counts that depend on the time (overdue, due today) are not kept here: they come from the
-- (status, due_at) index. A row that falls to zero goes, so the table is a function of the dossiers alone: a copy
-- (motcua-cli copy) counts the target's once its dossiers are in and compares it with its source's.
-- motcua-cli verify holds this table against a count of the rows (HistoryAudit).
--
-- Several workstations change dossiers at once. Each change updates the counter rows in place (one row lock each,
-- held to the commit) rather than appending delta rows to be summed and folded later: the application's writers
-- already take turns (SqlDialect::writeLock, one write transaction at a time), so two of them never wait on each
-- other's counter rows. For a writer outside the application (a script, psql) the trigger still cannot deadlock
-- with another one-row change: when a dossier moves from one (department, status) to another, both rows are
-- locked in key order, whichever way it moves.
CREATE TABLE dossier_count (
    department_id BIGINT NOT NULL,
    status INTEGER NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (department_id, status)
);

CREATE FUNCTION dossier_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_department BIGINT;
    old_status INTEGER;
    new_department BIGINT;
    new_status INTEGER;
    counted_old BOOLEAN := false;
    counted_new BOOLEAN := false;
BEGIN
    -- motcua-cli copy counts the dossiers once they are all in (SqlDialect::suspendDossierCount, for its transaction
    -- only): counting a million of them here one by one would update the same few rows a million times.
    IF current_setting('motcua.copying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.received_at IS NOT NULL THEN
        counted_old := true;
        old_department := coalesce(OLD.department_id, 0);
        old_status := OLD.status;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.received_at IS NOT NULL THEN
        counted_new := true;
        new_department := coalesce(NEW.department_id, 0);
        new_status := NEW.status;
    END IF;
    IF counted_old AND counted_new AND old_department = new_department AND old_status = new_status THEN
        RETURN NULL;
    END IF;
    -- The lower key first.
    IF counted_new AND (NOT counted_old OR (new_department, new_status) < (old_department, old_status)) THEN
        INSERT INTO dossier_count AS c (department_id, status, n) VALUES (new_department, new_status, 1)
            ON CONFLICT (department_id, status) DO UPDATE SET n = c.n + 1;
        counted_new := false;
    END IF;
    IF counted_old THEN
        UPDATE dossier_count SET n = n - 1 WHERE department_id = old_department AND status = old_status;
        DELETE FROM dossier_count WHERE department_id = old_department AND status = old_status AND n = 0;
    END IF;
    IF counted_new THEN
        INSERT INTO dossier_count AS c (department_id, status, n) VALUES (new_department, new_status, 1)
            ON CONFLICT (department_id, status) DO UPDATE SET n = c.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

-- Created before the table is filled: the trigger's lock on the dossier table keeps other workstations' changes
-- out until this migration commits, so none falls between the fill and the trigger.
CREATE TRIGGER dossier_count_change AFTER INSERT OR DELETE OR UPDATE OF department_id, status, received_at ON dossier
    FOR EACH ROW EXECUTE FUNCTION dossier_count_change();

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
-- On the server the index of (received_at, finished_at) serves no report: a PostgreSQL index does not hold the row's
-- id as SQLite's does, so the reports' reads of the dossiers open at a moment cannot be answered from it alone, and
-- the planner takes dossier_by_received (or reads the table) instead, as EXPLAIN shows on a 100,000-dossier copy.
-- SQLite keeps it (IndexAuditTest).
DROP INDEX dossier_by_received_finished;
