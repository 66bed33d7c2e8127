-- The periodic reports (core/storage/ReportQueries.cpp) select the dossiers finished in a period, and those
-- finished at or after a moment and received before it (open at that moment): both are ranges of this index,
-- with the receipt moment read from it.
CREATE INDEX dossier_by_finished ON dossier (finished_at, received_at);
