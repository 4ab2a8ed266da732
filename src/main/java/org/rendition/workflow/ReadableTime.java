package org.rendition.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments as people read them in lists, reports and the window: {@code 2026-11-27 16:54:09 UTC}.
 * Always UTC, because a team's workstations and its server may sit in different time zones and an
 * audit must read the same everywhere; never the nanoseconds {@link Instant#toString} prints.
 */
public final class ReadableTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ReadableTime() {
    }

    public static String of(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
