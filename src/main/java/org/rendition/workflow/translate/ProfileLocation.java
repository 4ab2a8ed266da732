package org.rendition.workflow.translate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a document's memory, glossaries and history live: nowhere (the model alone), this
 * workstation's profile file, or the team's server. The command line and the window pick one
 * and the same workflow opens it.
 */
public sealed interface ProfileLocation {
    /** The model alone: no memory, glossary or history. */
    static ProfileLocation none() {
        return new None();
    }

    /** The workstation's profile database at {@code file}. */
    static ProfileLocation file(Path file) {
        return new File(file);
    }

    /** The team server at {@code address} ({@code postgresql://login@host:port/database}). */
    static ProfileLocation server(String address) {
        return new Server(address);
    }

    /** The file when one is given, else nothing: the older command-line form. */
    static ProfileLocation fileOrNone(Optional<Path> file) {
        return file.<ProfileLocation>map(File::new).orElseGet(None::new);
    }

    /** Opens the workflow over this location, with models from {@code modelsDirectory}. */
    DocumentTranslation open(Path modelsDirectory);

    record None() implements ProfileLocation {
        @Override
        public DocumentTranslation open(Path modelsDirectory) {
            return new DocumentTranslation(modelsDirectory);
        }
    }

    record File(Path path) implements ProfileLocation {
        @Override
        public DocumentTranslation open(Path modelsDirectory) {
            return DocumentTranslation.withProfile(modelsDirectory, path);
        }
    }

    record Server(String address) implements ProfileLocation {
        @Override
        public DocumentTranslation open(Path modelsDirectory) {
            return DocumentTranslation.withTeamServer(modelsDirectory, address);
        }
    }
}
