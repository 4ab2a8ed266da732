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

    /** Asks for a document, starting in {@code folder} (the last document's) when there is one. */
    default Optional<Path> chooseDocument(Window owner, Optional<Path> folder) {
        return chooseDocument(owner);
    }

    /** Asks where to export, starting in {@code folder}: the open document's. */
    default Optional<ExportTarget> chooseExportTarget(Window owner, Optional<Path> folder, String suggestedStem,
            List<ExportOption> options) {
        return chooseExportTarget(owner, suggestedStem, options);
    }

    /**
     * Asks for an XLIFF file a colleague's CAT tool returned, to merge into the open document,
     * starting in {@code folder} (the document's).
     */
    default Optional<Path> chooseXliff(Window owner, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        folder.filter(java.nio.file.Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        chooser.setTitle(Messages.get("dialog.mergeXliff.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("dialog.mergeXliff.filter"), "*.xlf", "*.xliff"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.open.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /**
     * Asks where to save an e-mail's attachment before it is opened, starting in {@code folder} (the
     * e-mail's) with the sender's file name.
     */
    default Optional<Path> chooseAttachmentTarget(Window owner, Optional<Path> folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        folder.filter(java.nio.file.Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        chooser.setTitle(Messages.get("dialog.saveAttachment.title"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Asks for a memory (TMX) or glossary (CSV, TSV, TBX) file to import, or where to export one. */
    default Optional<Path> chooseProfileFile(Window owner, String title, boolean save, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()));
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

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
                return chooseDocument(owner, Optional.empty());
            }

            @Override
            public Optional<Path> chooseDocument(Window owner, Optional<Path> folder) {
                FileChooser chooser = new FileChooser();
                folder.filter(java.nio.file.Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
                chooser.setTitle(Messages.get("dialog.open.title"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.filter"), "*.docx", "*.txt", "*.pdf",
                                "*.html", "*.htm", "*.eml", "*.md", "*.log", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"),
                        // Opening one finds the document it was made from and fills its targets.
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.xliff"), "*.xlf", "*.xliff"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.open.all"), "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<ExportTarget> chooseExportTarget(Window owner, String suggestedStem,
                    List<ExportOption> options) {
                return chooseExportTarget(owner, Optional.empty(), suggestedStem, options);
            }

            @Override
            public Optional<ExportTarget> chooseExportTarget(Window owner, Optional<Path> folder, String suggestedStem,
                    List<ExportOption> options) {
                FileChooser chooser = new FileChooser();
                // The document's own folder: a translation is kept beside its original, not where Rendition started.
                folder.filter(java.nio.file.Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
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
