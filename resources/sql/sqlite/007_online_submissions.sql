-- motcua: foreign-keys-off
-- Online submissions (status 1): a dossier that came from the portal and waits for a clerk has no code, register
-- entry, receipt moment, due moment nor receiving clerk yet: those columns may be NULL, but only while the
-- dossier was never accepted (waiting, or refused before acceptance). SQLite cannot drop a NOT NULL constraint, so
-- the table is rebuilt as its documentation describes (foreign keys off around this migration, checked before the
-- commit). The submission's own facts (portal reference, file digest, when it was submitted) have a table of
-- their own, and every file read from the inbox leaves a line in the import log the clerks see. The inbox folder is
-- a row of the agency's settings (table setting, key online.inbox).

CREATE TABLE dossier_rebuilt (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    procedure_id INTEGER NOT NULL REFERENCES procedure (id),
    process_id INTEGER NOT NULL REFERENCES process_version (id),
    applicant_kind TEXT NOT NULL CHECK (applicant_kind IN ('person', 'organisation')),
    applicant_name TEXT NOT NULL,
    identity_number TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL DEFAULT '',
    tax_code TEXT NOT NULL DEFAULT '',
    representative TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    channel INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),
    delivery TEXT NOT NULL CHECK (delivery IN ('counter', 'post')),
    sets INTEGER NOT NULL DEFAULT 1 CHECK (sets >= 1),
    received_at TEXT,
    legal_due_at TEXT,
    due_at TEXT,
    register_book TEXT,
    register_entry INTEGER,
    fee_paid INTEGER NOT NULL DEFAULT 0 CHECK (fee_paid >= 0),
    status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
    current_step INTEGER,
    department_id INTEGER REFERENCES department (id),
    assignee_id INTEGER REFERENCES user_account (id),
    received_by INTEGER REFERENCES user_account (id),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    finished_at TEXT,
    returned_at TEXT,
    outcome TEXT CHECK (outcome IN ('early', 'on-time', 'late')),
    result_note TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    limit_unit TEXT NOT NULL DEFAULT 'days' CHECK (limit_unit IN ('days', 'hours')),
    limit_amount REAL NOT NULL DEFAULT 0 CHECK (limit_amount >= 0),
    rule TEXT NOT NULL DEFAULT 'default' CHECK (rule IN ('default', 'session')),
    on_supplement TEXT NOT NULL DEFAULT 'pause' CHECK (on_supplement IN ('pause', 'restart')),
    UNIQUE (register_book, register_entry),
    -- Received, or an online submission never accepted (waiting, or refused at the queue).
    CHECK (received_at IS NOT NULL OR (channel = 2 AND status IN (1, 3))),
    CHECK (status <> 1 OR received_at IS NULL),
    CHECK ((received_at IS NULL) = (code IS NULL)),
    CHECK ((received_at IS NULL) = (due_at IS NULL)),
    CHECK ((received_at IS NULL) = (legal_due_at IS NULL)),
    CHECK ((received_at IS NULL) = (register_entry IS NULL)),
    CHECK ((received_at IS NULL) = (received_by IS NULL))
) STRICT;

INSERT INTO dossier_rebuilt (id, code, procedure_id, process_id, applicant_kind, applicant_name, identity_number,
                             birth_date, tax_code, representative, address, phone, email, channel, delivery, sets,
                             received_at, legal_due_at, due_at, register_book, register_entry, fee_paid, status,
                             current_step, department_id, assignee_id, received_by, paused, finished_at, returned_at,
                             outcome, result_note, search_text, version, limit_unit, limit_amount, rule,
                             on_supplement)
    SELECT id, code, procedure_id, process_id, applicant_kind, applicant_name, identity_number, birth_date, tax_code,
           representative, address, phone, email, channel, delivery, sets, received_at, legal_due_at, due_at,
           register_book, register_entry, fee_paid, status, current_step, department_id, assignee_id, received_by,
           paused, finished_at, returned_at, outcome, result_note, search_text, version, limit_unit, limit_amount,
           rule, on_supplement
    FROM dossier;

DROP TABLE dossier;

ALTER TABLE dossier_rebuilt RENAME TO dossier;

CREATE INDEX dossier_by_status_due ON dossier (status, due_at);
CREATE INDEX dossier_by_department ON dossier (department_id, status, due_at);
CREATE INDEX dossier_by_assignee ON dossier (assignee_id, status, due_at);
CREATE INDEX dossier_by_received ON dossier (received_at);
CREATE INDEX dossier_by_procedure ON dossier (procedure_id, received_at);
CREATE INDEX dossier_by_status_received ON dossier (status, received_at);

-- What the portal sent: its own reference (one dossier per reference; a file sent again under the same reference
-- while the dossier waits replaces what it holds) and when the applicant submitted it.
CREATE TABLE online_submission (
    dossier_id INTEGER PRIMARY KEY REFERENCES dossier (id),
    reference TEXT NOT NULL UNIQUE,
    submitted_at TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX online_submission_by_submitted ON online_submission (submitted_at);

-- Every file read from the online inbox or given to `motcua-cli submit`: imported, already known, or set aside
-- with the reason. The SHA-256 of an imported file's bytes makes the same file read twice one submission.
CREATE TABLE online_import_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    digest TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    dossier_id INTEGER REFERENCES dossier (id)
) STRICT;

CREATE INDEX online_import_log_by_at ON online_import_log (at);
CREATE INDEX online_import_log_by_digest ON online_import_log (digest);
