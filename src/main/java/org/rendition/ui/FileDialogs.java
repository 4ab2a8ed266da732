package org.rendition.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the analyst for files; an interface so tests can answer without a native dialog. */
public interface FileDialogs {
    Optional<Path> chooseDocument(Window owner);

    Optional<Path> chooseExportTarget(Window owner, String suggestedName);

    /** JavaFX's own file choosers. */
    static FileDialogs native_() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseDocument(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("dialog.open.title"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.filter"), "*.docx", "*.txt", "*.text",
                                "*.md", "*.log"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.all"), "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseExportTarget(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("dialog.export.title"));
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
