package org.rendition.engine.shortlist;

import java.util.Locale;
import org.rendition.arch.ValueType;

/**
 * Whether decoding chooses its words from the pack's {@link Shortlist}: {@link #OFF}, the default,
 * keeps the whole vocabulary and the reference outputs; {@link #ON} is the optional setting of
 * decision 0026 ({@code -Drendition.shortlist=on}, {@code translate --shortlist}).
 */
@ValueType
public enum ShortlistSetting {
    OFF,
    ON;

    /** The system property that chooses the setting for every engine opened afterwards. */
    public static final String PROPERTY = "rendition.shortlist";

    /** {@code -Drendition.shortlist=on}, else off. */
    public static ShortlistSetting fromSettings() {
        return parse(System.getProperty(PROPERTY, "off"));
    }

    /** {@code on}/{@code off} (also true/false, yes/no), any case. */
    public static ShortlistSetting parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> ON;
            case "off", "false", "no", "" -> OFF;
            default -> throw new IllegalArgumentException("Unknown shortlist setting '" + text + "': use on or off.");
        };
    }

    /** As written on the command line and in the benchmark. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
