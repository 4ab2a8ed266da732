-- What came before a TBX file's root (its xml-model schema instructions, a DOCTYPE, comments),
-- kept as markup so an export names the same schemas (decision 0025).
ALTER TABLE glossary_file ADD COLUMN prolog TEXT;
