-- The worklists filter by one status within a range of receipt moments, or list one status newest first: this
-- index gives both without reading every dossier of the status (a count of returned dossiers in one month), nor
-- walking every dossier received to find a rare status (DossierQueries, EXPLAIN QUERY PLAN checked in
-- tests/core/DatabaseTest.cpp).
CREATE INDEX dossier_by_status_received ON dossier (status, received_at);
