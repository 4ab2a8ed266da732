package org.rendition.workflow;

import java.util.Locale;

/** Language codes as stored: canonical BCP 47 ({@code ru}, {@code en-US}, {@code zh-Hans}). */
public final class Languages {
    private Languages() {
    }

    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            throw new WorkflowException("A language code is missing; give one such as 'ru' or 'en'.");
        }
        String tag = Locale.forLanguageTag(code.strip().replace('_', '-')).toLanguageTag();
        if (tag.equals("und")) {
            throw new WorkflowException("'" + code + "' is not a language code; use one such as 'ru' or 'en'.");
        }
        return tag;
    }
}
