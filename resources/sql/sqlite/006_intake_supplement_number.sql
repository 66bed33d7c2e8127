-- A supplement request made at the counter (Mẫu 02 for a dossier not received) gets a number from a sequence of
-- its year, as the form's "Số:" asks, keeps the guidance the clerk gave and the applicant's address, and can be
-- found again by name or phone to be reprinted. Requests recorded before this migration are numbered in the
-- order they were made.
ALTER TABLE intake_supplement ADD COLUMN year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE intake_supplement ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE intake_supplement ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_supplement ADD COLUMN guidance TEXT NOT NULL DEFAULT '';
UPDATE intake_supplement SET year = CAST(substr(at, 1, 4) AS INTEGER);
UPDATE intake_supplement SET number = (SELECT count(*) FROM intake_supplement earlier
                                       WHERE earlier.year = intake_supplement.year AND earlier.id <= intake_supplement.id);
INSERT INTO code_sequence (scope, last)
    SELECT 'supplement:' || year, max(number) FROM intake_supplement GROUP BY year;
CREATE INDEX intake_supplement_by_at ON intake_supplement (at);
