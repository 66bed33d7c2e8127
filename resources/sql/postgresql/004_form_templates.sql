-- Printed-form templates loaded by the agency's administrator; a form without a row uses the shipped one.
CREATE TABLE form_template (
    form_key TEXT PRIMARY KEY CHECK (form_key IN ('receipt', 'supplement', 'refusal', 'apology', 'stop',
                                                  'control-slip', 'register')),
    body TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by BIGINT NOT NULL REFERENCES user_account (id)
);
