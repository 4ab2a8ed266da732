-- The model's confidence in a saved segment's target, word by word with the source words each came
-- from (workflow.profile.ConfidenceCodec), so a reopened document shows its confidence column and
-- underlined words without scoring every target again. NULL while not scored, and set back to NULL
-- whenever the target changes: a score belongs to the target it judged.
ALTER TABLE project_segment ADD COLUMN confidence TEXT;
