-- Agency, users, procedures catalogue with versioned ISO processes, dossiers and their workflow history.

CREATE TABLE agency (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    parent TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    hotline TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    one_stop INTEGER NOT NULL DEFAULT 0 CHECK (one_stop IN (0, 1))
) STRICT;

CREATE TABLE user_account (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    department_id INTEGER REFERENCES department (id),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'specialist', 'head', 'leader', 'admin')),
    PRIMARY KEY (user_id, role)
) STRICT;

CREATE TABLE procedure (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    limit_unit TEXT NOT NULL CHECK (limit_unit IN ('days', 'hours')),
    limit_amount REAL NOT NULL CHECK (limit_amount >= 0),
    rule TEXT NOT NULL CHECK (rule IN ('default', 'session')),
    on_supplement TEXT NOT NULL CHECK (on_supplement IN ('pause', 'restart')),
    fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    fee_note TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    department_id INTEGER NOT NULL REFERENCES department (id),
    search_text TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE procedure_document (
    procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('original', 'certified-copy', 'copy')),
    count INTEGER NOT NULL CHECK (count >= 1),
    mandatory INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
    PRIMARY KEY (procedure_id, position)
) STRICT;

CREATE TABLE process_version (
    id INTEGER PRIMARY KEY,
    procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    issue INTEGER NOT NULL CHECK (issue >= 1),
    issued_on TEXT NOT NULL,
    prepared_by TEXT NOT NULL DEFAULT '',
    reviewed_by TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    change_note TEXT NOT NULL DEFAULT '',
    UNIQUE (procedure_id, issue)
) STRICT;

CREATE TABLE process_step (
    process_id INTEGER NOT NULL REFERENCES process_version (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    content TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES department (id),
    role TEXT NOT NULL CHECK (role IN ('clerk', 'specialist', 'head', 'leader')),
    time_unit TEXT NOT NULL CHECK (time_unit IN ('days', 'hours')),
    time_amount REAL NOT NULL CHECK (time_amount >= 0),
    output TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (process_id, position)
) STRICT;

-- One row a dossier; the applicant is kept as received (a snapshot), with a folded search text.
CREATE TABLE dossier (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
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
    received_at TEXT NOT NULL,
    legal_due_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    register_book TEXT NOT NULL,
    register_entry INTEGER NOT NULL,
    fee_paid INTEGER NOT NULL DEFAULT 0 CHECK (fee_paid >= 0),
    status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
    current_step INTEGER,
    department_id INTEGER REFERENCES department (id),
    assignee_id INTEGER REFERENCES user_account (id),
    received_by INTEGER NOT NULL REFERENCES user_account (id),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    finished_at TEXT,
    returned_at TEXT,
    outcome TEXT CHECK (outcome IN ('early', 'on-time', 'late')),
    result_note TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (register_book, register_entry)
) STRICT;

CREATE INDEX dossier_by_status_due ON dossier (status, due_at);
CREATE INDEX dossier_by_department ON dossier (department_id, status, due_at);
CREATE INDEX dossier_by_assignee ON dossier (assignee_id, status, due_at);
CREATE INDEX dossier_by_received ON dossier (received_at);
CREATE INDEX dossier_by_procedure ON dossier (procedure_id, received_at);

CREATE TABLE dossier_document (
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('original', 'certified-copy', 'copy')),
    count INTEGER NOT NULL CHECK (count >= 1),
    PRIMARY KEY (dossier_id, position)
) STRICT;

CREATE TABLE step_instance (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    department_id INTEGER NOT NULL REFERENCES department (id),
    assignee_id INTEGER REFERENCES user_account (id),
    started_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    finished_at TEXT,
    finished_by INTEGER REFERENCES user_account (id),
    outcome TEXT CHECK (outcome IN ('early', 'on-time', 'late')),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX step_instance_by_dossier ON step_instance (dossier_id, id);

CREATE TABLE dossier_pause (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason IN ('supplement', 'financial', 'verification', 'other')),
    note TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    ended_at TEXT,
    requested_by INTEGER NOT NULL REFERENCES user_account (id)
) STRICT;

CREATE INDEX dossier_pause_by_dossier ON dossier_pause (dossier_id);

CREATE TABLE dossier_extension (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    old_due_at TEXT NOT NULL,
    new_due_at TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    apology_by INTEGER NOT NULL REFERENCES user_account (id)
) STRICT;

CREATE INDEX dossier_extension_by_dossier ON dossier_extension (dossier_id);

-- Append-only history of every change of every dossier.
CREATE TABLE dossier_event (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id),
    at TEXT NOT NULL,
    actor_id INTEGER REFERENCES user_account (id),
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX dossier_event_by_dossier ON dossier_event (dossier_id, id);

CREATE TRIGGER dossier_event_no_update BEFORE UPDATE ON dossier_event
BEGIN
    SELECT RAISE(ABORT, 'dossier_event is append-only');
END;

CREATE TRIGGER dossier_event_no_delete BEFORE DELETE ON dossier_event
BEGIN
    SELECT RAISE(ABORT, 'dossier_event is append-only');
END;

-- Day sequences of dossier codes and register entries: taken inside the receiving transaction.
CREATE TABLE code_sequence (
    scope TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

-- Incomplete dossiers at intake: not received, only the supplement request (Mẫu 02) is recorded.
CREATE TABLE intake_supplement (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    procedure_id INTEGER NOT NULL REFERENCES procedure (id),
    applicant_name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    missing TEXT NOT NULL,
    clerk_id INTEGER NOT NULL REFERENCES user_account (id)
) STRICT;
