-- The hash chain of the histories (docs/history-chain.md): every dossier event and every administration log line
-- carries SHA-256(hash of the line before || its canonical content) as 32 bytes, and history_head keeps where each
-- chain ends. The rows already there are hashed in id order by the program (SQLite has no SHA-256), between the
-- dropping and the re-creating of the triggers that keep the two tables append-only.

ALTER TABLE dossier_event ADD COLUMN hash BLOB;
ALTER TABLE admin_log ADD COLUMN hash BLOB;

CREATE TABLE history_head (
    chain TEXT PRIMARY KEY CHECK (chain IN ('dossier_event', 'admin_log')),
    entries INTEGER NOT NULL CHECK (entries >= 0),
    last_id INTEGER NOT NULL,
    hash BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

INSERT INTO history_head (chain, entries, last_id, hash) VALUES ('dossier_event', 0, 0, zeroblob(32));
INSERT INTO history_head (chain, entries, last_id, hash) VALUES ('admin_log', 0, 0, zeroblob(32));

DROP TRIGGER dossier_event_no_update;
DROP TRIGGER admin_log_no_update;

-- motcua: hash-histories

CREATE TRIGGER dossier_event_no_update BEFORE UPDATE ON dossier_event
BEGIN
    SELECT RAISE(ABORT, 'dossier_event is append-only');
END;

CREATE TRIGGER admin_log_no_update BEFORE UPDATE ON admin_log
BEGIN
    SELECT RAISE(ABORT, 'admin_log is append-only');
END;
