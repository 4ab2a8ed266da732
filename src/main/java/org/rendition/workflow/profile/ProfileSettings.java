package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.GlossaryInUse;
import org.rendition.workflow.profile.GlossaryService;
import org.rendition.workflow.profile.Guard;
import org.rendition.workflow.profile.HistoryService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rendition.engine.LanguagePair;
import org.rendition.memory.FuzzyMatcher;
import org.rendition.store.Database;
import org.rendition.store.SettingsStore;

/**
 * The settings of a user profile, kept in its database: beam size, translation-memory threshold,
 * the model for each language pair, the glossaries in use, and the database to use from the next
 * start. Every change is recorded in the history, since what decoded a translation is part of its
 * audit trail. Obtain it from {@link UserProfile#settings()}.
 */
public final class ProfileSettings {
    /** Beam size 0: the model's own generation config decides. */
    public static final int MODEL_DEFAULT_BEAMS = 0;
    /** Wider beams gain little on these models and cost time linearly. */
    public static final int MAX_BEAMS = 8;
    public static final int DEFAULT_TM_THRESHOLD = FuzzyMatcher.DEFAULT_THRESHOLD;
    /** Below half the words in common a "match" costs the translator more than it saves. */
    public static final int MIN_TM_THRESHOLD = 50;
    static final String BEAM_SIZE = "beam size";
    static final String TM_THRESHOLD = "TM threshold";
    static final String NEXT_DATABASE = "database from next start";
    /** Kept in the workstation's own file, since a team server's settings are its administrators'. */
    static final String TEAM_SERVER = "team server from next start";
    private static final String AUTOMATIC = "automatic";

    private final SettingsStore store;
    private final GlossaryService glossary;
    private final HistoryService history;
    private final Path databaseFile;
    private final Path anchor;
    /** Read on every lookup of a translation run, so kept here once read. */
    private volatile Integer beamSize;
    private volatile Integer tmThreshold;

    /**
     * @param databaseFile the database in use now
     * @param anchor the database the program was started with, where the next start looks for a move
     */
    ProfileSettings(Database database, GlossaryService glossary, HistoryService history, Path anchor) {
        this.store = new SettingsStore(database);
        this.glossary = glossary;
        this.history = history;
        this.databaseFile = database.file();
        this.anchor = anchor.toAbsolutePath().normalize();
    }

    /** The beam size translation uses; {@link #MODEL_DEFAULT_BEAMS} leaves it to the model. */
    public int beamSize() {
        if (beamSize == null) {
            beamSize = Guard.call(() -> store.value(BEAM_SIZE)).map(Integer::valueOf).orElse(MODEL_DEFAULT_BEAMS);
        }
        return beamSize;
    }

    public void setBeamSize(int beams) {
        if (beams < MODEL_DEFAULT_BEAMS || beams > MAX_BEAMS) {
            throw new WorkflowException("The beam size must be between 1 and " + MAX_BEAMS
                    + ", or 0 for the model's own setting.");
        }
        int before = beamSize();
        if (before != beams) {
            Guard.run(() -> store.setValue(BEAM_SIZE, Integer.toString(beams)));
            beamSize = beams;
            history.settingChanged(BEAM_SIZE, Integer.toString(before), Integer.toString(beams));
        }
    }

    /** The lowest fuzzy-match score, in percent, the translation memory offers. */
    public int tmThreshold() {
        if (tmThreshold == null) {
            tmThreshold = Guard.call(() -> store.value(TM_THRESHOLD)).map(Integer::valueOf)
                    .orElse(DEFAULT_TM_THRESHOLD);
        }
        return tmThreshold;
    }

    public void setTmThreshold(int percent) {
        if (percent < MIN_TM_THRESHOLD || percent > 100) {
            throw new WorkflowException("The translation-memory threshold must be between " + MIN_TM_THRESHOLD
                    + "% and 100%.");
        }
        int before = tmThreshold();
        if (before != percent) {
            Guard.run(() -> store.setValue(TM_THRESHOLD, Integer.toString(percent)));
            tmThreshold = percent;
            history.settingChanged(TM_THRESHOLD, before + "%", percent + "%");
        }
    }

    /** The model pack chosen for {@code pair}, or empty to let Rendition choose the best installed one. */
    public Optional<String> modelFor(LanguagePair pair) {
        return Guard.call(() -> store.pairModel(pair.source().iso1(), pair.target().iso1()));
    }

    public void setModelFor(LanguagePair pair, Optional<String> model) {
        Optional<String> before = modelFor(pair);
        if (!before.equals(model)) {
            Guard.run(() -> store.setPairModel(pair.source().iso1(), pair.target().iso1(), model));
            history.settingChanged("model for " + pair, before.orElse(AUTOMATIC), model.orElse(AUTOMATIC));
        }
    }

    /** Every imported glossary, and whether it is in use. */
    public List<GlossaryInUse> glossaries() {
        List<String> inUse = glossary.namesInUse();
        return glossary.glossaries().stream()
                .map(g -> new GlossaryInUse(g.name(), g.terms(), inUse.contains(g.name()))).toList();
    }

    public void setGlossaryInUse(String name, boolean inUse) {
        boolean before = glossary.namesInUse().contains(name);
        if (before != inUse) {
            glossary.setInUse(name, inUse);
            history.settingChanged("glossary " + name, inUse(before), inUse(inUse));
        }
    }

    private static String inUse(boolean inUse) {
        return inUse ? "in use" : "not in use";
    }

    /** The database file in use now. */
    public Path databaseFile() {
        return databaseFile;
    }

    /** The database the workstation opens at its next start. */
    public Path databaseFromNextStart() {
        Optional<Path> next = startedHere() ? Guard.call(() -> store.value(NEXT_DATABASE)).map(Path::of)
                : nextDatabase(anchor);
        return next.orElse(anchor);
    }

    private boolean startedHere() {
        return databaseFile != null && anchor.equals(databaseFile.toAbsolutePath().normalize());
    }

    /**
     * Chooses the database the workstation opens from its next start. The choice is kept in the
     * database the workstation was started with (its default), so it is found at the next start,
     * and the open database is left where it is.
     *
     * @return whether the choice changed
     */
    public boolean setDatabaseFromNextStart(Path file) {
        Path chosen = file.toAbsolutePath().normalize();
        Path before = databaseFromNextStart();
        if (before.equals(chosen)) {
            return false;
        }
        if (startedHere()) {
            Guard.run(() -> store.setValue(NEXT_DATABASE, chosen.toString()));
        } else {
            Guard.run(() -> {
                try (Database atAnchor = Database.open(anchor)) {
                    new SettingsStore(atAnchor).setValue(NEXT_DATABASE, chosen.toString());
                }
            });
        }
        history.settingChanged(NEXT_DATABASE, before.toString(), chosen.toString());
        return true;
    }

    /** The database a start with {@code anchor} moves on to, when the user chose another. */
    static Optional<Path> nextDatabase(Path anchor) {
        return Guard.call(() -> {
            try (Database atAnchor = Database.open(anchor)) {
                return new SettingsStore(atAnchor).value(NEXT_DATABASE).map(Path::of);
            }
        });
    }

    /** The team server the window connects to from its next start; empty for this workstation's profile. */
    public Optional<String> teamServerFromNextStart() {
        return teamServer(anchor);
    }

    /**
     * Chooses the team server ({@code postgresql://login@host:port/database}) the window uses
     * from its next start, or none when {@code address} is blank. Kept in the workstation's own
     * profile file, whichever database is open.
     *
     * @return whether the choice changed
     * @throws WorkflowException if the address is not a team server's address
     */
    public boolean setTeamServerFromNextStart(String address) {
        String wanted = address == null ? "" : address.strip();
        if (!wanted.isEmpty()) {
            Guard.call(() -> org.rendition.store.ServerAddress.parse(wanted));
        }
        String before = teamServerFromNextStart().orElse("");
        if (before.equals(wanted)) {
            return false;
        }
        Guard.run(() -> {
            try (Database atAnchor = Database.open(anchor)) {
                new SettingsStore(atAnchor).setValue(TEAM_SERVER, wanted);
            }
        });
        history.settingChanged(TEAM_SERVER, before, wanted);
        return true;
    }

    /** The team server a window started with {@code anchor} connects to, if one was chosen. */
    public static Optional<String> teamServer(Path anchor) {
        return Guard.call(() -> {
            try (Database atAnchor = Database.open(anchor)) {
                return new SettingsStore(atAnchor).value(TEAM_SERVER).filter(v -> !v.isBlank());
            }
        });
    }
}
