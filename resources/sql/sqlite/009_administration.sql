-- Administration of users and sign-in: a password the user must change, the failed tries and the lock of an
-- account, the sign-in log and the administration log (both append-only, like dossier_event).

ALTER TABLE user_account ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));
ALTER TABLE user_account ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0);
ALTER TABLE user_account ADD COLUMN locked_until TEXT;

-- Every sign-in, failure and lock, with the login as typed (it may name no account) and the workstation.
CREATE TABLE sign_in_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    user_id INTEGER REFERENCES user_account (id),
    workstation TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'locked', 'disabled', 'unlocked'))
) STRICT;

CREATE INDEX sign_in_log_at ON sign_in_log (at);

CREATE TRIGGER sign_in_log_no_update BEFORE UPDATE ON sign_in_log
BEGIN
    SELECT RAISE(ABORT, 'sign_in_log is append-only');
END;

CREATE TRIGGER sign_in_log_no_delete BEFORE DELETE ON sign_in_log
BEGIN
    SELECT RAISE(ABORT, 'sign_in_log is append-only');
END;

-- Every administrative change: who, when, an action key (user.disabled, setting.changed, …) and its details as
-- a JSON object.
CREATE TABLE admin_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES user_account (id),
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX admin_log_at ON admin_log (at);

CREATE TRIGGER admin_log_no_update BEFORE UPDATE ON admin_log
BEGIN
    SELECT RAISE(ABORT, 'admin_log is append-only');
END;

CREATE TRIGGER admin_log_no_delete BEFORE DELETE ON admin_log
BEGIN
    SELECT RAISE(ABORT, 'admin_log is append-only');
END;
