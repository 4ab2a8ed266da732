-- A TMX file's <header> is kept with the units it brought, so that exporting them writes it back:
-- every attribute (creationtool, segtype, o-tmf, adminlang, srclang, datatype, o-encoding, the
-- creation and change id and date …), then its notes, props and user-defined entities (<ude>,
-- kept as markup with their <map>s), in file order. One row per imported file.
CREATE TABLE tm_header (
    id           INTEGER PRIMARY KEY,
    -- the imported file's name, for people reading the table
    file         TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL
);

CREATE TABLE tm_header_item (
    header_id  INTEGER NOT NULL REFERENCES tm_header (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('ATTRIBUTE', 'PROP', 'NOTE', 'UDE')),
    type       TEXT,
    lang       TEXT,
    value      TEXT    NOT NULL,
    PRIMARY KEY (header_id, position)
) WITHOUT ROWID;

-- The header an imported unit came under; NULL for what Rendition confirmed itself.
ALTER TABLE tm_entry ADD COLUMN header_id INTEGER REFERENCES tm_header (id);
CREATE INDEX tm_entry_header ON tm_entry (header_id) WHERE header_id IS NOT NULL;

-- Where a property was written: NULL on the unit (<tu>), else on its SOURCE or TARGET variant (<tuv>).
ALTER TABLE tm_property ADD COLUMN scope TEXT CHECK (scope IN ('SOURCE', 'TARGET'));
