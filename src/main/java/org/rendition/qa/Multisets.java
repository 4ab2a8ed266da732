package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;

/** What one list has that the other lacks, counting repeats: the shape of most QA checks. */
final class Multisets {
    private Multisets() {
    }

    /** The items of {@code from} left over after each item of {@code minus} took away one equal item. */
    static List<String> difference(List<String> from, List<String> minus) {
        List<String> left = new ArrayList<>(from);
        for (String item : minus) {
            left.remove(item);
        }
        return left;
    }

    /** Items quoted and joined for a message: '15', '12' and '3'. */
    static String quoted(List<String> items) {
        List<String> quoted = items.stream().map(i -> "'" + i + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
