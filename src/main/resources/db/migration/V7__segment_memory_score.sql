-- The score of the translation-memory match a saved segment's target came from (0: none), so a
-- resumed document still shows "TM 87%" where the analyst inserted a fuzzy match.
ALTER TABLE project_segment ADD COLUMN tm_score INTEGER NOT NULL DEFAULT 0 CHECK (tm_score BETWEEN 0 AND 100);
