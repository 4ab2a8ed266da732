package org.rendition.memory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** TMX's date format, ISO 8601 basic in UTC: {@code 20240131T174501Z}. */
final class TmxDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").withZone(ZoneOffset.UTC);
    /** Some tools leave out the Z; TMX dates are UTC, so that is what they mean. */
    private static final DateTimeFormatter WITHOUT_ZONE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private TmxDates() {
    }

    static Instant parse(String text) {
        try {
            return FORMAT.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, WITHOUT_ZONE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                throw e;
            }
        }
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
