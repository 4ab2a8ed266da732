-- The inline tags placed in a saved segment's target, as db/migration/V13 (SQLite).
ALTER TABLE project_segment ADD COLUMN target_tags TEXT;
