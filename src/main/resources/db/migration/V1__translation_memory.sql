-- Translation memory: confirmed segment pairs, their TMX properties and notes,
-- and a contentless FTS5 index over the folded word tokens of each source.

CREATE TABLE tm_entry (
    id           INTEGER PRIMARY KEY,
    source_lang  TEXT    NOT NULL,
    target_lang  TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    -- 64 bits of SHA-256 over the whitespace-normalised source; exact lookups compare
    -- the text itself after this narrows the rows, so a collision costs nothing.
    source_key   INTEGER NOT NULL,
    document     TEXT,
    tuid         TEXT,
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    changed_by   TEXT,
    changed_at   TEXT,
    origin       TEXT    NOT NULL CHECK (origin IN ('HUMAN', 'MACHINE', 'EDITED_MACHINE'))
);

CREATE INDEX tm_entry_exact ON tm_entry (source_key, source_lang, target_lang);

CREATE TABLE tm_property (
    entry_id  INTEGER NOT NULL REFERENCES tm_entry (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('ATTRIBUTE', 'PROP', 'NOTE')),
    type      TEXT,
    lang      TEXT,
    value     TEXT    NOT NULL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

-- Marks (M*) are token characters so that Arabic vowel signs and combining accents stay
-- inside a word, exactly as org.rendition.memory.SegmentTokenizer splits words.
CREATE VIRTUAL TABLE tm_index USING fts5 (
    tokens,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

CREATE VIRTUAL TABLE tm_index_vocab USING fts5vocab (tm_index, 'row');
