-- The hash chain of the histories (docs/history-chain.md): every dossier event and every administration log line
-- carries SHA-256(hash of the line before || its canonical content) as 32 bytes, and history_head keeps where each
-- chain ends. The rows already there are hashed in id order by the program (the same code as every writer, rather
-- than a second definition in SQL), while the triggers that keep the two tables append-only are off.

ALTER TABLE dossier_event ADD COLUMN hash BYTEA;
ALTER TABLE admin_log ADD COLUMN hash BYTEA;

CREATE TABLE history_head (
    chain TEXT PRIMARY KEY CHECK (chain IN ('dossier_event', 'admin_log')),
    entries BIGINT NOT NULL CHECK (entries >= 0),
    last_id BIGINT NOT NULL,
    hash BYTEA NOT NULL CHECK (length(hash) = 32)
);

INSERT INTO history_head (chain, entries, last_id, hash) VALUES ('dossier_event', 0, 0, decode(repeat('00', 32), 'hex'));
INSERT INTO history_head (chain, entries, last_id, hash) VALUES ('admin_log', 0, 0, decode(repeat('00', 32), 'hex'));

ALTER TABLE dossier_event DISABLE TRIGGER dossier_event_no_update;
ALTER TABLE admin_log DISABLE TRIGGER admin_log_no_update;

-- motcua: hash-histories

ALTER TABLE dossier_event ENABLE TRIGGER dossier_event_no_update;
ALTER TABLE admin_log ENABLE TRIGGER admin_log_no_update;
