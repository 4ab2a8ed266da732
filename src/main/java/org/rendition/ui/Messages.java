package org.rendition.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The workstation's user-visible strings, from {@code messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.rendition.ui.messages");

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
