-- Review, roles and markings on the history, as db/migration/V6 (SQLite).
ALTER TABLE history_event ADD COLUMN role TEXT;
ALTER TABLE history_event ADD COLUMN classification TEXT;
ALTER TABLE history_event ADD COLUMN comment TEXT;

CREATE INDEX history_event_by_time ON history_event (occurred_at);
