package org.rendition.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates typed on the command line: {@code 2026-11-16} (a whole day, UTC), an instant, or {@code 7d} (days ago). */
final class Dates {
    private Dates() {
    }

    /** The start of the period {@code text} names. */
    static Instant from(String text) throws UserInputException {
        return parse(text, false);
    }

    /** The end (exclusive) of the period: a date includes its whole day. */
    static Instant to(String text) throws UserInputException {
        return parse(text, true);
    }

    private static Instant parse(String text, boolean endOfDay) throws UserInputException {
        String value = text.strip();
        try {
            if (value.matches("\\d+d")) {
                return Instant.now().minus(Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1))));
            }
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UserInputException("'" + text + "' is not a date: write 2026-11-16, 2026-11-16T09:30:00Z or 7d"
                    + " (seven days ago).");
        }
    }
}
