package org.rendition.memory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** TMX's date format, ISO 8601 basic in UTC: {@code 20240131T174501Z}. */
final class TmxDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").withZone(ZoneOffset.UTC);

    private TmxDates() {
    }

    static Instant parse(String text) {
        return FORMAT.parse(text, Instant::from);
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
