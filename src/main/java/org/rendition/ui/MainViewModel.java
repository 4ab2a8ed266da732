package org.rendition.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rendition.workflow.packs.ModelInfo;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.ServerQueue;

/** The workstation window: language settings, the open document, Quick translate, the status line. */
public final class MainViewModel {
    private final DocumentTranslation workflow;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("status.ready"));
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper("");
    private final ObservableList<ModelInfo> installedModels = FXCollections.observableArrayList();
    private final LanguageSettings languages;
    private final DocumentViewModel document;
    private final QuickTranslateViewModel quick;
    private final SettingsViewModel settings;
    private final FindReplaceViewModel findReplace;
    private final ClassificationBannerViewModel classification;
    private final ConcordanceViewModel concordance;
    private final ProfileFilesViewModel profileFiles;

    public MainViewModel(DocumentTranslation workflow, TaskExecutor executor) {
        this.workflow = workflow;
        this.executor = executor;
        this.languages = new LanguageSettings(workflow, executor, status::set);
        this.document = new DocumentViewModel(workflow, executor, languages, status::set);
        this.quick = new QuickTranslateViewModel(workflow, executor, languages, status::set);
        this.findReplace = new FindReplaceViewModel(document, status::set);
        this.settings = new SettingsViewModel(workflow, executor, status::set, () -> {
            languages.refreshModel();
            document.refreshGlossaryHits();
        });
        this.concordance = new ConcordanceViewModel(workflow, executor, document, languages, status::set);
        // A glossary imported in the window is in effect at once: highlights and Settings read it again.
        this.profileFiles = new ProfileFilesViewModel(workflow, executor, languages, status::set, () -> {
            document.refreshGlossaryHits();
            settings.load(languages.currentPair());
        });
        this.classification = new ClassificationBannerViewModel(workflow, executor, document.documentProperty(),
                status::set);
        workflow.onServerState(state -> javafx.application.Platform.runLater(() -> showServerState(state)));
        refreshInstalledModels();
        tellWhatWasReturned();
    }

    /** At start, the analyst hears which of her documents a supervisor sent back, with the comments. */
    private void tellWhatWasReturned() {
        Task<List<String>> returned = BackgroundTaskExecutor.computing(workflow::returnedToMe);
        returned.setOnSucceeded(e -> {
            if (!returned.getValue().isEmpty()) {
                status.set(Messages.get("status.returnedAtStart", String.join("; ", returned.getValue())));
            }
        });
        executor.execute(returned);
    }

    /**
     * Whether the team server answers, shown until it does again: the analyst keeps working and
     * her changes wait, in order, to be sent.
     */
    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    private void showServerState(ServerQueue state) {
        if (state.reachable()) {
            if (!server.get().isEmpty()) {
                server.set("");
                status.set(Messages.get("server.back"));
            }
        } else {
            server.set(Messages.get("server.away", state.waiting()));
        }
    }

    /** What the analyst must know at start about where her work is kept (the server could not be reached). */
    public void showStartNotice(java.util.Optional<String> notice) {
        notice.ifPresent(text -> {
            status.set(text);
            server.set(Messages.get("server.local"));
        });
    }

    public LanguageSettings languages() {
        return languages;
    }

    public DocumentViewModel document() {
        return document;
    }

    public QuickTranslateViewModel quick() {
        return quick;
    }

    public FindReplaceViewModel findReplace() {
        return findReplace;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** Concordance search over the memory and the document (Ctrl+K). */
    public ConcordanceViewModel concordance() {
        return concordance;
    }

    /** Memory and glossary import and export. */
    public ProfileFilesViewModel profileFiles() {
        return profileFiles;
    }

    /**
     * Loads the language detector behind the window's back, so the first document opens without
     * that wait; the worker thread then holds anything the analyst starts until it is done.
     */
    public void warmUp() {
        boolean idle = status.get().equals(Messages.get("status.ready"));
        if (idle) {
            status.set(Messages.get("status.warmingUp"));
        }
        Task<Void> warm = new Task<>() {
            @Override
            protected Void call() {
                // Short sentences, in the two scripts analysts meet most: a document's headings are
                // detected one by one, and Lingua loads its short-text models per script on first use.
                workflow.detect("\u041f\u0440\u043e\u0432\u0435\u0440\u043a\u0430 \u044f\u0437\u044b\u043a\u0430.");
                workflow.detect("\u0627\u062e\u062a\u0628\u0627\u0631 \u0627\u0644\u0644\u063a\u0629.");
                return null;
            }
        };
        // Only the line it put there is taken back: a notice about the server or profile stays.
        warm.setOnSucceeded(e -> {
            if (status.get().equals(Messages.get("status.warmingUp"))) {
                status.set(Messages.get("status.ready"));
            }
        });
        executor.execute(warm);
    }

    /** The open document's classification marking. */
    public ClassificationBannerViewModel classification() {
        return classification;
    }

    /** The review window's model, when a profile database is open (review reads its history). */
    public java.util.Optional<ReviewViewModel> review() {
        return workflow.review().map(service -> new ReviewViewModel(service, executor, workflow.rolesNotice()));
    }

    /** The last thing that happened, in one sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Installed model packs, for the About dialog. */
    public ObservableList<ModelInfo> installedModels() {
        return FXCollections.unmodifiableObservableList(installedModels);
    }

    /** The About dialog's text: each installed model with its licence. */
    public String aboutText() {
        StringBuilder text = new StringBuilder(Messages.get("about.version",
                org.rendition.workflow.ProductVersion.current())).append("\n\n").append(Messages.get("about.intro"));
        if (installedModels.isEmpty()) {
            text.append("\n\n").append(Messages.get("about.noModels"));
        }
        for (ModelInfo model : installedModels) {
            text.append("\n\n").append(Messages.get("about.model", model.name(),
                    model.license() == null || model.license().isBlank() ? Messages.get("about.noLicense")
                            : model.license(),
                    String.join(", ", model.sourceLanguages()), String.join(", ", model.targetLanguages())));
        }
        return text.toString();
    }

    /** Cancels whatever is running, before the window closes. */
    public void cancelAll() {
        document.cancel();
        quick.cancel();
    }

    private void refreshInstalledModels() {
        Task<List<ModelInfo>> list = new Task<>() {
            @Override
            protected List<ModelInfo> call() throws Exception {
                return workflow.installedModels();
            }
        };
        list.setOnSucceeded(e -> {
            installedModels.setAll(list.getValue());
            if (list.getValue().isEmpty()) {
                status.set(Messages.get("status.noModels"));
            }
        });
        list.setOnFailed(e -> status.set(Errors.describe(list.getException())));
        executor.execute(list);
    }
}
