-- Glossaries and their terms. A term's forbidden translations are rows of their own.

CREATE TABLE glossary (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE glossary_term (
    id                INTEGER PRIMARY KEY,
    glossary_id       INTEGER NOT NULL REFERENCES glossary (id) ON DELETE CASCADE,
    source_lang       TEXT    NOT NULL,
    target_lang       TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    target            TEXT    NOT NULL,
    part_of_speech    TEXT    NOT NULL,
    note              TEXT,
    case_sensitive    INTEGER NOT NULL CHECK (case_sensitive IN (0, 1)),
    do_not_translate  INTEGER NOT NULL CHECK (do_not_translate IN (0, 1))
);

CREATE INDEX glossary_term_by_glossary ON glossary_term (glossary_id);
CREATE INDEX glossary_term_by_languages ON glossary_term (source_lang, target_lang);

CREATE TABLE glossary_forbidden (
    term_id      INTEGER NOT NULL REFERENCES glossary_term (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    translation  TEXT    NOT NULL,
    PRIMARY KEY (term_id, position)
) WITHOUT ROWID;
