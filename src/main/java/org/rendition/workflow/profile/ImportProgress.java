package org.rendition.workflow.profile;

/** Told after each committed batch of an import; a UI binds it to a progress bar. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = committed -> { };

    /** {@code committed} items are now safely stored. */
    void committed(long committed);
}
