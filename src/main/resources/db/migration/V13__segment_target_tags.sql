-- The inline tags placed in a saved segment's target (by the model's alignment, an exact memory
-- match, the analyst or a merged XLIFF), one line per tag: kind, start, end, detail
-- (store.TagColumn). NULL where nobody placed them: the writers then place formatting by position.
ALTER TABLE project_segment ADD COLUMN target_tags TEXT;
