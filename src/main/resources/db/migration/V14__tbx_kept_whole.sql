-- A TBX file comes back whole (decision 0025): what surrounds its concepts is kept once per
-- imported file, and every entry, language section, term and field keeps the markup it was read
-- as (ids, attributes, inline markup, group members Rendition does not interpret).

-- The root element with its dialect and namespaces, the header and the back matter, as markup.
CREATE TABLE glossary_file (
    id           INTEGER PRIMARY KEY,
    -- the imported file's name, for people reading the table
    file         TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    root_tag     TEXT    NOT NULL,
    header       TEXT,
    text_tag     TEXT    NOT NULL,
    body_tag     TEXT    NOT NULL,
    back         TEXT
);

-- The file a concept came in; NULL for what Rendition made (a CSV row).
ALTER TABLE glossary_concept ADD COLUMN file_id INTEGER REFERENCES glossary_file (id);
-- The start tag of its entry as written (<conceptEntry id="c1">, <termEntry>).
ALTER TABLE glossary_concept ADD COLUMN tag TEXT;
CREATE INDEX glossary_concept_by_file ON glossary_concept (file_id) WHERE file_id IS NOT NULL;

-- The start tag of a term's section (<termSec id="…">, <tig>), and its <term> (or ntig's <termGrp>) as written.
ALTER TABLE glossary_concept_term ADD COLUMN tag TEXT;
ALTER TABLE glossary_concept_term ADD COLUMN term_markup TEXT;

-- SQLite cannot widen a CHECK constraint in place: the field table is made again, with the kinds
-- SECTION (a language section's start tag) and OTHER (an element kept whole), and the markup.
CREATE TABLE glossary_field_kept (
    concept_id     INTEGER NOT NULL REFERENCES glossary_concept (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    -- null: a field of the concept or of a language section (lang); else of that term
    term_position  INTEGER,
    lang           TEXT,
    kind           TEXT    NOT NULL CHECK (kind IN ('DESCRIP', 'NOTE', 'ADMIN', 'XREF', 'TERM_NOTE', 'TRANSACTION',
                                                    'SECTION', 'OTHER')),
    type           TEXT,
    value          TEXT    NOT NULL,
    source         TEXT,
    target         TEXT,
    date           TEXT,
    by_whom        TEXT,
    -- the element as the file wrote it; NULL for a field Rendition made
    markup         TEXT,
    PRIMARY KEY (concept_id, position)
) WITHOUT ROWID;

INSERT INTO glossary_field_kept (concept_id, position, term_position, lang, kind, type, value, source, target, date,
                                 by_whom)
    SELECT concept_id, position, term_position, lang, kind, type, value, source, target, date, by_whom
    FROM glossary_field;
DROP TABLE glossary_field;
ALTER TABLE glossary_field_kept RENAME TO glossary_field;
