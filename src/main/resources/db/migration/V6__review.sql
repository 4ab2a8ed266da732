-- Review, roles and classification markings ride on the hash-chained history: who acted in
-- which role, the document's marking after the event, and a reviewer's comment (or what a
-- refused attempt tried). Older rows keep NULL here and hash exactly as before.
-- Numbered 6: version 5 is the workstation settings migration.
ALTER TABLE history_event ADD COLUMN role TEXT;
ALTER TABLE history_event ADD COLUMN classification TEXT;
ALTER TABLE history_event ADD COLUMN comment TEXT;

-- The review browser and the audit report select by date.
CREATE INDEX history_event_by_time ON history_event (occurred_at);
