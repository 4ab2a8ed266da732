package org.rendition.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rendition.text.Language;

/** The main window's content: toolbar, segment grid with side pane, Quick translate, status bar. */
public final class MainView {
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final FileDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private FindBar findBar;
    private TableView<SegmentRow> table;
    private ConcordanceView concordance;

    public MainView(MainViewModel viewModel, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        root.setId("mainView");
        root.getStylesheets().add(MainView.class.getResource("workstation.css").toExternalForm());
        root.setTop(toolbar());
        Tab settings = new Tab(Messages.get("tab.settings"), new SettingsView(viewModel.settings()).root());
        settings.setId("settingsTab");
        // Read afresh each time the tab is shown: glossaries may have been imported meanwhile.
        settings.setOnSelectionChanged(e -> {
            if (settings.isSelected()) {
                viewModel.settings().load(viewModel.languages().currentPair());
            }
        });
        TabPane tabs = new TabPane(documentTab(), new Tab(Messages.get("tab.quick"),
                new QuickTranslateView(viewModel.quick()).root()), settings);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(OPEN, this::open);
                scene.getAccelerators().put(FindBar.FIND, findBar::showFind);
                scene.getAccelerators().put(FindBar.REPLACE, findBar::showReplace);
                scene.getAccelerators().put(ConcordanceView.OPEN, this::showConcordance);
            }
        });
        // A document dropped on the window opens as if chosen with Open.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !viewModel.document().busyProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean opened = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (opened) {
                viewModel.document().open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(opened);
            e.consume();
        });
        // A document that came back from a supervisor says so, with her comment, as it opens.
        viewModel.document().returnNoticeProperty().addListener((o, was, notice) -> notice.ifPresent(text -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION, text);
            alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
            alert.setHeaderText(Messages.get("returned.header"));
            alert.show();
        }));
        viewModel.document().resumeOfferProperty().addListener((o, was, offer) ->
                offer.ifPresent(question -> javafx.application.Platform.runLater(() -> askToResume(question))));
    }

    /** Saved work of the opened file was found (the last session ended without finishing). */
    private void askToResume(String question) {
        javafx.scene.control.ButtonType resume = new javafx.scene.control.ButtonType(Messages.get("resume.resume"),
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType startOver = new javafx.scene.control.ButtonType(
                Messages.get("resume.startOver"), javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, question, resume, startOver);
        alert.setTitle(Messages.get("resume.title"));
        alert.setHeaderText(null);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        if (alert.showAndWait().filter(resume::equals).isPresent()) {
            viewModel.document().resume();
        } else {
            viewModel.document().startOver();
        }
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolbar() {
        DocumentViewModel document = viewModel.document();
        LanguageSettings languages = viewModel.languages();
        Button open = button("openButton", Messages.get("toolbar.open"), this::open);
        open.disableProperty().bind(document.busyProperty());
        open.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.open.tip")));
        javafx.scene.control.MenuButton recent = recentMenu(document);
        javafx.scene.control.MenuButton attachments = attachmentsMenu(document);
        ComboBox<LanguageChoice> from = new ComboBox<>(languages.sourceChoices());
        from.setId("sourceLanguage");
        from.valueProperty().bindBidirectional(languages.sourceProperty());
        from.setConverter(converter(LanguageChoice::label));
        ComboBox<Language> to = new ComboBox<>(languages.targetChoices());
        to.setId("targetLanguage");
        to.valueProperty().bindBidirectional(languages.targetProperty());
        to.setConverter(converter(Language::displayName));
        Label detected = new Label();
        detected.setId("detectedLabel");
        detected.textProperty().bind(languages.detectedLabelProperty());
        Label model = new Label();
        model.setId("modelLabel");
        model.textProperty().bind(languages.modelLabelProperty());
        Button translate = button("translateButton", Messages.get("toolbar.translate"), document::translate);
        translate.disableProperty().bind(document.canTranslateProperty().not());
        Button cancel = button("cancelButton", Messages.get("toolbar.cancel"), document::cancel);
        cancel.disableProperty().bind(document.busyProperty().not());
        Button export = button("exportButton", Messages.get("toolbar.export"), this::export);
        export.disableProperty().bind(document.canTranslateProperty().not());
        export.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.export.tip")));
        // Just an arrow beside Export, as Recent is beside Open: the toolbar has no room for another button.
        javafx.scene.control.MenuButton exportMore = new javafx.scene.control.MenuButton();
        exportMore.setId("exportMoreButton");
        exportMore.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.mergeXliff.tip")));
        exportMore.disableProperty().bind(document.canTranslateProperty().not());
        javafx.scene.control.MenuItem mergeXliff = new javafx.scene.control.MenuItem(Messages.get("toolbar.mergeXliff"));
        mergeXliff.setId("mergeXliffItem");
        mergeXliff.setOnAction(e -> mergeXliff());
        exportMore.getItems().add(mergeXliff);
        Button submit = button("submitButton", Messages.get("toolbar.submit"), this::submit);
        submit.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.submit.tip")));
        submit.disableProperty().bind(document.canTranslateProperty().not());
        Button review = button("reviewButton", Messages.get("toolbar.review"), this::openReview);
        review.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.review.tip")));
        Button about = button("aboutButton", Messages.get("toolbar.about"),
                () -> AboutDialog.show(root.getScene().getWindow(), viewModel.aboutText()));
        ToolBar bar = new ToolBar(open, recent, attachments, new Separator(), new Label(Messages.get("toolbar.from")), from, detected,
                new Label(Messages.get("toolbar.to")), to, model, new Separator(), translate, cancel,
                new Separator(), export, exportMore, new Separator(), submit, review, about);
        // A narrow window moves whole items into the toolbar's overflow menu (») rather than cutting
        // every label short: "Ope…" and "Fr…" told nobody anything.
        bar.getItems().forEach(item -> {
            if (item instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    /** The documents opened last; choosing one opens it. */
    private javafx.scene.control.MenuButton recentMenu(DocumentViewModel document) {
        // Just an arrow beside Open, so the toolbar keeps its room; the tooltip says what it holds.
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton();
        recent.setId("recentButton");
        recent.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.recent")));
        recent.disableProperty().bind(document.busyProperty().or(Bindings.isEmpty(document.recentDocuments())));
        Runnable fill = () -> recent.getItems().setAll(document.recentDocuments().stream().map(path -> {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(path.getFileName() + "  \u2014  "
                    + (path.getParent() == null ? "" : path.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> document.open(path));
            return item;
        }).toList());
        document.recentDocuments().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fill.run());
        fill.run();
        return recent;
    }

    /**
     * The open e-mail's attachments, shown only while an e-mail with some is open; choosing one that
     * Rendition reads asks where to save it and opens it, as a mail client's "Save and open" does.
     */
    private javafx.scene.control.MenuButton attachmentsMenu(DocumentViewModel document) {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton();
        menu.setId("attachmentsButton");
        menu.setMnemonicParsing(false);
        menu.setTooltip(new javafx.scene.control.Tooltip(Messages.get("toolbar.attachments.tip")));
        menu.managedProperty().bind(menu.visibleProperty());
        menu.disableProperty().bind(document.busyProperty());
        Runnable fill = () -> {
            java.util.List<org.rendition.workflow.translate.EmailAttachment> listed = document.documentProperty().get()
                    .map(org.rendition.workflow.translate.OpenedDocument::attachments).orElse(java.util.List.of());
            menu.setVisible(!listed.isEmpty());
            menu.setText(Messages.get("toolbar.attachments", listed.size()));
            menu.getItems().setAll(listed.stream().map(attachment -> {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(attachment.label());
                item.setMnemonicParsing(false);
                item.setDisable(!attachment.translatable());
                item.setOnAction(e -> openAttachment(attachment));
                return item;
            }).toList());
        };
        document.documentProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return menu;
    }

    private void openAttachment(org.rendition.workflow.translate.EmailAttachment attachment) {
        DocumentViewModel document = viewModel.document();
        document.documentProperty().get().ifPresent(email -> dialogs.chooseAttachmentTarget(root.getScene().getWindow(),
                document.documentFolder(), email.attachmentFileName(attachment.number()))
            .ifPresent(target -> document.openAttachment(attachment.number(), target)));
    }

    /** Translation memory and glossary import and export, as 'rendition tm' and 'rendition glossary' do. */
    private javafx.scene.control.MenuButton profileFilesMenu() {
        ProfileFilesViewModel files = viewModel.profileFiles();
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(Messages.get("toolbar.files"));
        menu.setId("profileFilesButton");
        menu.getItems().setAll(
                menuItem("files.importMemory", false, files::importMemory, "tmx"),
                menuItem("files.exportMemory", true, files::exportMemory, "tmx"),
                menuItem("files.importGlossary", false, files::importGlossary, "csv", "tsv", "tbx"),
                menuItem("files.exportGlossary", true, files::exportGlossaries, "csv", "tsv", "tbx"));
        return menu;
    }

    private javafx.scene.control.MenuItem menuItem(String key, boolean save,
            java.util.function.Consumer<java.nio.file.Path> action, String... extensions) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(Messages.get(key));
        item.setOnAction(e -> dialogs.chooseProfileFile(root.getScene().getWindow(), Messages.get(key), save,
                extensions).ifPresent(action));
        return item;
    }

    private void showConcordance() {
        if (concordance == null) {
            concordance = new ConcordanceView(root.getScene().getWindow(), viewModel.concordance(), this::goToRow);
        }
        concordance.show(selectedText(), viewModel.concordance());
    }

    /** The text selected in the target being edited, to look up at once; empty otherwise. */
    private String selectedText() {
        javafx.scene.Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return focused instanceof javafx.scene.control.TextInputControl input ? input.getSelectedText() : "";
    }

    /** Selects the document row {@code index} (from 0), showing every row again if a filter hides it. */
    private void goToRow(int index) {
        SegmentRow row = viewModel.document().rows().get(index);
        if (!table.getItems().contains(row)) {
            viewModel.findReplace().filterProperty().set(RowFilter.ALL);
        }
        int at = table.getItems().indexOf(row);
        table.getSelectionModel().clearAndSelect(at);
        table.scrollTo(Math.max(0, at - 3));
        table.requestFocus();
        root.getScene().getWindow().requestFocus();
    }

    private Tab documentTab() {
        table = SegmentTable.create(viewModel.document(), viewModel.languages(),
                viewModel.findReplace().shownRows(), viewModel.findReplace().highlight());
        Label aidsTitle = new Label(Messages.get("aids.title"));
        aidsTitle.getStyleClass().add("side-pane-title");
        ListView<AidLines> aids = new ListView<>(viewModel.document().aidLines());
        aids.setCellFactory(AidCell::new);
        aids.setId("aidsList");
        aids.setPlaceholder(new Label(Messages.get("aids.empty")));
        aids.getPlaceholder().setStyle("-fx-wrap-text: true;");
        VBox.setVgrow(aids, Priority.ALWAYS);
        // Import and export sit with the memory matches and glossary hits they feed.
        HBox aidsHeader = new HBox(6, aidsTitle, new HBox(), profileFilesMenu());
        HBox.setHgrow(aidsHeader.getChildren().get(1), Priority.ALWAYS);
        aidsHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox side = new VBox(6, aidsHeader, aids, SegmentEvidencePane.create(viewModel.document(), table),
                QaPane.create(viewModel.document().quality(), table));
        side.setPadding(new Insets(6));
        SplitPane split = new SplitPane(table, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.76);
        Label keys = new Label(Messages.get("keys.help"));
        keys.getStyleClass().add("key-help");
        findBar = new FindBar(viewModel.findReplace(), table);
        BorderPane content = new BorderPane(split);
        // The marking stays visible above the find bar, as it is above every export.
        content.setTop(new VBox(ClassificationBanner.create(viewModel.classification()), findBar.root()));
        ComboBox<RowFilter> filter = new ComboBox<>(viewModel.findReplace().filters());
        filter.setId("rowFilter");
        filter.valueProperty().bindBidirectional(viewModel.findReplace().filterProperty());
        filter.setConverter(converter(RowFilter::label));
        // Choosing the same filter again applies it again (rows changed status meanwhile).
        filter.setOnAction(e -> viewModel.findReplace().applyFilter());
        Label editing = new Label(Messages.get("grid.editing"));
        editing.setId("editModeLabel");
        editing.getStyleClass().add("edit-mode-label");
        editing.visibleProperty().bind(table.editingCellProperty().isNotNull());
        editing.managedProperty().bind(editing.visibleProperty());
        HBox bottom = new HBox(8, new Label(Messages.get("filter.label")), filter, editing, keys);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(2, 6, 2, 6));
        return new Tab(Messages.get("tab.document"), content);
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.progressProperty().bind(viewModel.document().progressProperty());
        progress.visibleProperty().bind(viewModel.document().busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(220);
        Label progressText = new Label();
        progressText.setId("progressText");
        progressText.textProperty().bind(viewModel.document().progressTextProperty());
        progressText.visibleProperty().bind(progress.visibleProperty());
        progressText.managedProperty().bind(progressText.visibleProperty());
        Label status = new Label();
        status.setId("statusMessage");
        status.textProperty().bind(viewModel.statusProperty());
        Label document = new Label();
        document.textProperty().bind(Bindings.createStringBinding(() -> viewModel.document().documentProperty().get()
                .map(d -> d.name()).orElse(""), viewModel.document().documentProperty()));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label server = new Label();
        server.setId("serverState");
        server.getStyleClass().add("server-away");
        server.textProperty().bind(viewModel.serverProperty());
        server.visibleProperty().bind(viewModel.serverProperty().isNotEmpty());
        server.managedProperty().bind(server.visibleProperty());
        HBox bar = new HBox(10, progress, progressText, status, spacer, server, document);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private void open() {
        // Where the last document was: an analyst works through one folder of reports.
        java.util.Optional<java.nio.file.Path> folder = viewModel.document().documentFolder().or(() ->
                viewModel.document().recentDocuments().stream().findFirst().map(java.nio.file.Path::getParent));
        dialogs.chooseDocument(root.getScene().getWindow(), folder).ifPresent(viewModel.document()::open);
    }

    /** A colleague's XLIFF back into the open document; the status line says what was filled and skipped. */
    private void mergeXliff() {
        DocumentViewModel document = viewModel.document();
        dialogs.chooseXliff(root.getScene().getWindow(), document.documentFolder()).ifPresent(document::mergeXliff);
    }

    /** The analyst's Submit: an optional note for the supervisor, then the job goes for review. */
    private void submit() {
        javafx.scene.control.TextInputDialog note = new javafx.scene.control.TextInputDialog();
        note.initOwner(root.getScene().getWindow());
        note.setTitle(Messages.get("submit.title"));
        note.setHeaderText(Messages.get("submit.header"));
        note.setContentText(Messages.get("submit.note"));
        note.showAndWait().ifPresent(comment -> viewModel.document().submit(comment.isBlank() ? null : comment));
    }

    private void openReview() {
        viewModel.review().ifPresentOrElse(review -> ReviewWindow.show(root.getScene().getWindow(), review),
                () -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                        Messages.get("review.unavailable")).show());
    }

    /** QA first; with issues found, the analyst decides whether to export anyway. */
    private void export() {
        DocumentViewModel document = viewModel.document();
        // QA first: among its checks are the segments never confirmed; with issues found, the analyst decides.
        document.quality().check(issues -> {
            if (issues.isEmpty() || QaPane.exportAnyway(root.getScene().getWindow(), issues)) {
                dialogs.chooseExportTarget(root.getScene().getWindow(), document.documentFolder(),
                        document.suggestedExportStem(), document.exportOptions()).ifPresent(document::export);
            }
        });
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the language boxes are not editable");
            }
        };
    }
}
