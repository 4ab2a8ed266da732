package org.rendition.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One imported glossary in the Settings view, with a check box for "in use". */
public final class GlossaryToggle {
    private final String name;
    private final long terms;
    private final BooleanProperty inUse;

    GlossaryToggle(String name, long terms, boolean inUse) {
        this.name = name;
        this.terms = terms;
        this.inUse = new SimpleBooleanProperty(inUse);
    }

    public String name() {
        return name;
    }

    public BooleanProperty inUseProperty() {
        return inUse;
    }

    @Override
    public String toString() {
        return Messages.get("settings.glossaryEntry", name, terms);
    }
}
