package org.rendition.workflow.translate;

import java.util.Optional;

/**
 * The model and beam size one command asks for (`translate --model M --beams N`), over what the
 * profile's Settings say; a window uses {@link #SETTINGS}.
 *
 * @param model the pack to use, or empty for the one Settings (or the installed packs) choose
 * @param beams the beam size, or 0 for the one Settings choose
 */
public record RunChoice(Optional<String> model, int beams) {
    /** Whatever the profile's Settings choose. */
    public static final RunChoice SETTINGS = new RunChoice(Optional.empty(), 0);
}
