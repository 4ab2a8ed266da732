package org.rendition.ui;

import java.util.Optional;

/**
 * A choice in the Settings view's model box: a named pack, or automatic (the best installed pack
 * for the pair).
 *
 * @param pack the pack's name, empty for automatic
 */
record ModelChoice(Optional<String> pack) {
    static final ModelChoice AUTOMATIC = new ModelChoice(Optional.empty());

    static ModelChoice of(String pack) {
        return new ModelChoice(Optional.of(pack));
    }

    String label() {
        return pack.orElse(Messages.get("settings.modelAutomatic"));
    }
}
