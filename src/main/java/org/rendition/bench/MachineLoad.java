package org.rendition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine is, printed beside the figures: on a shared two-core machine other
 * processes can slow every configuration several times over, so a figure means little without it.
 */
final class MachineLoad {
    private MachineLoad() {
    }

    /** Load averages and, where the kernel reports it, the share of time tasks waited for a CPU. */
    static String describe() {
        StringBuilder text = new StringBuilder();
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            text.append("load average ").append(load[0]).append(' ').append(load[1]).append(' ').append(load[2]);
            Path pressure = Path.of("/proc/pressure/cpu");
            if (Files.isReadable(pressure)) {
                String some = Files.readAllLines(pressure).get(0);
                text.append("; CPU pressure ").append(some.replaceAll(".*avg10=([0-9.]+) avg60=([0-9.]+).*",
                        "$1% (10 s), $2% (60 s) of time with a task waiting for a core"));
            }
        } catch (IOException | RuntimeException e) {
            text.append("unknown (no /proc/loadavg)");
        }
        return text.toString();
    }
}
