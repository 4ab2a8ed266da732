package org.rendition.ui;

import java.util.regex.Pattern;

/** Where Find looks: the source, the target, or both. Replace always works on targets. */
public enum SearchScope {
    SOURCE_AND_TARGET, SOURCE, TARGET;

    boolean matches(SegmentRow row, Pattern query) {
        return this != TARGET && TextSearch.contains(row.source(), query)
                || this != SOURCE && TextSearch.contains(row.target(), query);
    }

    String label() {
        return Messages.get("find.scope." + name());
    }
}
