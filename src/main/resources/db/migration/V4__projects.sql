-- Open documents and their segments, saved as the analyst works, so a crash or a power cut
-- loses at most the segment being typed. A project is one file at one content hash: a changed
-- file is a new project.
CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    file        TEXT    NOT NULL,
    file_sha256 TEXT    NOT NULL,
    source_lang TEXT,
    target_lang TEXT,
    updated     TEXT    NOT NULL,
    UNIQUE (file, file_sha256)
);

CREATE TABLE project_segment (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    target     TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    PRIMARY KEY (project_id, idx)
);
