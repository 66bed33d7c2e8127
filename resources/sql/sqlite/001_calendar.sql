-- Working-time calendar: stored years of dated entries, office sessions, agency settings.
-- A year with no row in calendar_year is generated from the statutory rules at run time.

CREATE TABLE calendar_year (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1800 AND 2200),
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE calendar_entry (
    day TEXT PRIMARY KEY CHECK (length(day) = 10),
    year INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('day-off', 'substitute', 'workday')),
    name TEXT NOT NULL CHECK (name <> ''),
    source TEXT NOT NULL DEFAULT '',
    confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0, 1))
) STRICT;

CREATE INDEX calendar_entry_by_year ON calendar_entry (year);

CREATE TABLE office_session (
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    PRIMARY KEY (weekday, start_minute),
    CHECK (end_minute > start_minute)
) STRICT;

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
