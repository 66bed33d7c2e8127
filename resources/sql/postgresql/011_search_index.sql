-- Searching the dossiers by a piece of the applicant's name, number, tax code, phone or the code (the folded
-- search_text column, matched with LIKE '%…%') through a trigram index instead of reading every dossier.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner, who runs the migrations, may
-- create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX dossier_search_trigram ON dossier USING gin (search_text gin_trgm_ops);
