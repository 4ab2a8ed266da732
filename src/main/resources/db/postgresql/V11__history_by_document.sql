-- As db/migration/V10: a document's jobs are found by the document, not by replaying all history.
CREATE INDEX history_event_by_document ON history_event (document);
