-- Opening a document looks up its own jobs (to continue a returned one and keep its marking)
-- instead of replaying the whole history, which grows with every segment the team translates.
CREATE INDEX history_event_by_document ON history_event (document);
