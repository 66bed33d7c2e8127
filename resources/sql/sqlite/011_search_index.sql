-- Searching the dossiers by a piece of the applicant's name, number, tax code, phone or the code (the folded
-- search_text column) through an index of the text's three-character pieces, instead of reading every dossier.
-- The index keeps no copy of the text (content = the dossier table) and no positions (detail = none): a search
-- asks it for the dossiers holding every piece of the typed text, then checks the text itself with LIKE
-- (core/storage/DossierQueries.cpp). The triggers keep it in step with the dossier table in the same transaction.
CREATE VIRTUAL TABLE dossier_search USING fts5 (
    search_text,
    content = 'dossier',
    content_rowid = 'id',
    tokenize = 'trigram',
    detail = 'none',
    columnsize = 0
);

INSERT INTO dossier_search (dossier_search) VALUES ('rebuild');

CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossier
BEGIN
    INSERT INTO dossier_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER dossier_search_update AFTER UPDATE OF search_text ON dossier
WHEN old.search_text IS NOT new.search_text
BEGIN
    INSERT INTO dossier_search (dossier_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO dossier_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER dossier_search_delete AFTER DELETE ON dossier
BEGIN
    INSERT INTO dossier_search (dossier_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
