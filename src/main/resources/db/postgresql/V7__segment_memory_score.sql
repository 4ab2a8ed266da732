-- The memory score of a saved segment, as db/migration/V7 (SQLite).
ALTER TABLE project_segment ADD COLUMN tm_score INTEGER NOT NULL DEFAULT 0 CHECK (tm_score BETWEEN 0 AND 100);
