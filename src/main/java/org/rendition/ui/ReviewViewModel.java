package org.rendition.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rendition.workflow.profile.HistoryCheck;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewFilter;
import org.rendition.workflow.review.ReviewSegment;
import org.rendition.workflow.review.ReviewService;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;

/**
 * The review window: filters, the documents they select, the open document with its segments,
 * and the supervisor's approve / return, the history check and the audit report. Every call to
 * the review service runs on the executor; results come back on the FX thread.
 */
public final class ReviewViewModel {
    private final ReviewService review;
    private final TaskExecutor executor;
    private final StringProperty analyst = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(LocalDate.now(ZoneOffset.UTC).minusDays(7));
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty sourceLang = new SimpleStringProperty("");
    private final StringProperty targetLang = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> status = new SimpleObjectProperty<>();
    private final StringProperty classification = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObservableList<ReviewSummary> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<ReviewDocument>> opened = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<ReviewSegment> segments = FXCollections.observableArrayList();
    private final BooleanProperty onlyChanged = new SimpleBooleanProperty(false);
    private final ObjectProperty<ReviewSegment> selectedSegment = new SimpleObjectProperty<>();
    private final StringProperty segmentComment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final String actingAs;

    public ReviewViewModel(ReviewService review, TaskExecutor executor) {
        this(review, executor, Optional.empty());
    }

    /** @param rolesNotice what the user should know about their roles, e.g. that there is no roles file */
    public ReviewViewModel(ReviewService review, TaskExecutor executor, Optional<String> rolesNotice) {
        this.review = review;
        this.executor = executor;
        String roles = review.actor().rolesLabel();
        opened.addListener((o, was, now) -> showSegments());
        onlyChanged.addListener((o, was, now) -> showSegments());
        this.actingAs = Messages.get("review.actingAs", review.actor().user(), roles == null || roles.isBlank()
                ? Messages.get("review.noRole") : roles) + rolesNotice.map(n -> " " + n).orElse("");
    }

    /** Who is reviewing, in which roles, and anything they should know about the roles file. */
    public String actingAs() {
        return actingAs;
    }

    public StringProperty analystProperty() {
        return analyst;
    }

    /** First day shown; a week back at first, so last week's work is in view. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day shown, inclusive; empty for up to now. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty sourceLanguageProperty() {
        return sourceLang;
    }

    public StringProperty targetLanguageProperty() {
        return targetLang;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public ObjectProperty<ReviewStatus> statusProperty() {
        return status;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The supervisor's comment for the next approve or return. */
    public StringProperty commentProperty() {
        return comment;
    }

    public ObservableList<ReviewSummary> documents() {
        return FXCollections.unmodifiableObservableList(documents);
    }

    public ReadOnlyObjectProperty<Optional<ReviewDocument>> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /**
     * The open document's segments the grid shows: all of them, or with {@link #onlyChangedProperty}
     * only those the analyst changed since the document was last returned.
     */
    public ObservableList<ReviewSegment> segments() {
        return FXCollections.unmodifiableObservableList(segments);
    }

    /** Whether the grid shows only what changed since the last return: what a supervisor re-checks. */
    public BooleanProperty onlyChangedProperty() {
        return onlyChanged;
    }

    /** The segment open in the detail pane below the grid. */
    public ObjectProperty<ReviewSegment> selectedSegmentProperty() {
        return selectedSegment;
    }

    /** The comment being written on the selected segment. */
    public StringProperty segmentCommentProperty() {
        return segmentComment;
    }

    private void showSegments() {
        List<ReviewSegment> all = opened.get().map(ReviewDocument::segments).orElse(List.of());
        segments.setAll(onlyChanged.get() ? all.stream().filter(ReviewSegment::changedSinceReturn).toList() : all);
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether approve and return are offered: only a supervisor may use them. */
    public boolean canDecide() {
        return review.actor().is(Role.SUPERVISOR);
    }

    /** The marking levels, for the filter's choices. */
    public List<String> classifications() {
        return review.classificationScheme().levels();
    }

    /** Lists the documents the filters select. */
    public void search() {
        ReviewFilter filter = filter();
        run(() -> review.documents(filter), found -> {
            documents.setAll(found);
            message.set(Messages.get("review.found", found.size()));
        });
    }

    private ReviewFilter filter() {
        return ReviewFilter.ALL.withAnalyst(analyst.get())
                .withDates(from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to.get() == null ? null : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .withLanguages(sourceLang.get(), targetLang.get()).withModel(model.get()).withStatus(status.get())
                .withClassification(classification.get()).withText(text.get());
    }

    /** Opens a document's segments with their machine output, final text and diff. */
    public void open(ReviewSummary summary) {
        if (summary == null) {
            opened.set(Optional.empty());
            return;
        }
        run(() -> review.open(summary.jobId()), document -> opened.set(Optional.of(document)));
    }

    /** Approves the open document with the comment, if any. */
    public void approve() {
        opened.get().ifPresent(d -> decide(d, () -> review.approve(d.summary().jobId(), comment.get()),
                Messages.get("review.approved", d.summary().document())));
    }

    /** Returns the open document to its analyst with the comment. */
    public void returnToAnalyst() {
        opened.get().ifPresent(d -> decide(d, () -> review.returnToAnalyst(d.summary().jobId(), comment.get()),
                Messages.get("review.returned", d.summary().document(), d.summary().analyst())));
    }

    /** Leaves {@link #segmentCommentProperty} on the selected segment; the status stays as it is. */
    public void commentOnSegment() {
        ReviewSegment segment = selectedSegment.get();
        String text = segmentComment.get();
        opened.get().filter(d -> segment != null).ifPresent(d -> change(d,
                () -> review.comment(d.summary().jobId(), segment.index(), text),
                Messages.get("review.commented", segment.number()), () -> segmentComment.set("")));
    }

    /** Replaces the selected segment's final text; a supervisor's change is recorded as theirs. */
    public void editSegment(String target) {
        ReviewSegment segment = selectedSegment.get();
        opened.get().filter(d -> segment != null).ifPresent(d -> change(d,
                () -> review.editSegment(d.summary().jobId(), segment.index(), target),
                Messages.get("review.edited", segment.number()), () -> { }));
    }

    private void change(ReviewDocument document, Runnable action, String done, Runnable cleared) {
        String jobId = document.summary().jobId();
        int index = selectedSegment.get().index();
        run(() -> {
            action.run();
            return review.open(jobId);
        }, reopened -> {
            opened.set(Optional.of(reopened));
            segments.stream().filter(s -> s.index() == index).findFirst().ifPresent(selectedSegment::set);
            cleared.run();
            message.set(done);
        });
    }

    private void decide(ReviewDocument document, Runnable action, String done) {
        String jobId = document.summary().jobId();
        ReviewFilter filter = filter();
        run(() -> {
            action.run();
            return new Decided(review.open(jobId), review.documents(filter));
        }, result -> {
            opened.set(Optional.of(result.document()));
            documents.setAll(result.documents());
            comment.set("");
            message.set(done);
        });
    }

    /** The document after a decision, and the list as it now stands. */
    private record Decided(ReviewDocument document, List<ReviewSummary> documents) {
    }

    /** Checks the hash chain and says "intact" or the first broken row. */
    public void verify() {
        run(review::verify, (HistoryCheck check) -> message.set(check.summary()));
    }

    /** Writes the audit report of the filter's dates to {@code out}. */
    public void writeReport(Path out) {
        ReviewFilter filter = filter();
        java.time.Instant start = filter.from() == null ? java.time.Instant.EPOCH : filter.from();
        java.time.Instant end = filter.to() == null ? java.time.Instant.now().plusSeconds(1) : filter.to();
        run(() -> {
            review.writeReport(start, end, out);
            return out;
        }, written -> message.set(Messages.get("review.reportWritten", written)));
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            message.set(Errors.describe(task.getException()));
        });
        executor.execute(task);
    }
}
