package org.rendition.engine;

/** Told about each sentence as soon as its translation is ready, so a UI can fill rows in. */
@FunctionalInterface
public interface SentenceListener {
    SentenceListener NONE = (index, translation) -> { };

    /**
     * @param index position of the sentence in the request
     * @param translation its translation
     */
    void translated(int index, String translation);

    /**
     * The sentence's translation had lost a fixed rendering (a term, name or number) and was
     * repaired; by default reported like any other translation.
     */
    default void repaired(int index, String translation) {
        translated(index, translation);
    }
}
