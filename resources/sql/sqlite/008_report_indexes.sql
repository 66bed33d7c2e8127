-- The periodic reports (core/storage/ReportQueries.cpp) select the dossiers finished in a period, and those open at
-- a moment: received before it and finished at or after it. That is a range of the first index (finishes after
-- the moment, the receipt read from the index) or of the second (receipts before it, the finish read from the
-- index); the report takes the shorter one.
CREATE INDEX dossier_by_finished ON dossier (finished_at, received_at);
CREATE INDEX dossier_by_received_finished ON dossier (received_at, finished_at);
-- The per-person report counts the steps finished in a period by whoever finished them.
CREATE INDEX step_instance_by_finished ON step_instance (finished_at, finished_by, outcome);
