-- The confidence of a saved segment's target, as db/migration/V11 (SQLite).
ALTER TABLE project_segment ADD COLUMN confidence TEXT;
