package org.rendition.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rendition.workflow.translate.ExportOption;

/** Asks the analyst for files; an interface so tests can answer without a native dialog. */
public interface FileDialogs {
    Optional<Path> chooseDocument(Window owner);

    /**
     * @param suggestedStem the file name to offer, without extension
     * @param options the export formats to offer, the preferred first
     */
    Optional<ExportTarget> chooseExportTarget(Window owner, String suggestedStem, List<ExportOption> options);

    /** JavaFX's own file choosers. */
    static FileDialogs native_() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseDocument(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("dialog.open.title"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.filter"), "*.docx", "*.txt", "*.pdf",
                                "*.html", "*.htm", "*.eml", "*.md", "*.log"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.all"), "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<ExportTarget> chooseExportTarget(Window owner, String suggestedStem,
                    List<ExportOption> options) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("dialog.export.title"));
                List<FileChooser.ExtensionFilter> filters = options.stream()
                        .map(o -> new FileChooser.ExtensionFilter(o.displayName(), "*." + o.extension())).toList();
                chooser.getExtensionFilters().setAll(filters);
                chooser.setInitialFileName(suggestedStem + "." + options.get(0).extension());
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                int chosen = Math.max(0, filters.indexOf(chooser.getSelectedExtensionFilter()));
                ExportOption option = options.get(chosen);
                String name = file.getName();
                // Some desktops leave the extension off when the filter changes; the format decides it.
                Path path = name.endsWith("." + option.extension()) ? file.toPath()
                        : file.toPath().resolveSibling(name.replaceFirst("\\.[^.]*$", "") + "." + option.extension());
                return Optional.of(new ExportTarget(path, option));
            }
        };
    }
}
