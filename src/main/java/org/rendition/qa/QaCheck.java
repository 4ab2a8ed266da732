package org.rendition.qa;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rendition.arch.ValueType;

/** The checks, each of which the analyst may switch off. */
@ValueType
public enum QaCheck {
    /** Numbers, dates, times, URLs and e-mail addresses that differ between source and target. */
    NUMBERS("Numbers, dates, times, URLs and e-mail addresses"),
    /** Names, acronyms and Latin-script words of the source missing from the target. */
    NAMES("Names and acronyms"),
    /** Glossary terms missing from the target, or forbidden terms used in it. */
    GLOSSARY("Glossary terms"),
    /** Markup tags and placeholders missing from the target, or extra in it. */
    TAGS("Tags and placeholders"),
    /** Segments without a translation, or whose target is still the source. */
    UNTRANSLATED("Untranslated segments"),
    /** Segments nobody has confirmed yet. */
    UNCONFIRMED("Unconfirmed segments"),
    /** Doubled words, spaces and punctuation in the target. */
    DOUBLED("Doubled words, spaces and punctuation");

    private final String title;

    QaCheck(String title) {
        this.title = title;
    }

    /** How the check is named in the window and in {@code rendition qa --help}. */
    public String title() {
        return title;
    }

    /** The name on the command line and in JSON: {@code numbers}, {@code glossary}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The check named {@code key} (as {@link #key()} gives it), in any case. */
    public static Optional<QaCheck> byKey(String key) {
        for (QaCheck check : values()) {
            if (check.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }

    /** Every check. */
    public static Set<QaCheck> all() {
        return EnumSet.allOf(QaCheck.class);
    }

    /**
     * The checks that apply to a fresh machine translation: all but {@link #UNCONFIRMED}, since
     * nobody can have confirmed what was just translated.
     */
    public static Set<QaCheck> forFreshTranslation() {
        return EnumSet.complementOf(EnumSet.of(UNCONFIRMED));
    }
}
