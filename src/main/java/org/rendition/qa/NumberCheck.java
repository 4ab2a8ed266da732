package org.rendition.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.documents.Segment;
import org.rendition.glossary.GlossaryHit;
import org.rendition.text.FixedRendering;
import org.rendition.text.InvariantSpans;

/**
 * Numbers, dates, times, URLs and e-mail addresses must come through unchanged: the "15 March"
 * that a memory match turned into "12 March". Numbers are compared by their digits alone, so
 * "1 000,5" and "1,000.5" agree and "15.03.2024" agrees with "03/15/2024" (the parts of dates and
 * times are compared one by one, since languages order them differently); a number written out as
 * a word in the target is reported, which the analyst may accept.
 */
final class NumberCheck implements SegmentCheck {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Override
    public List<String> messages(Segment segment, List<GlossaryHit> hits) {
        if (segment.target().isBlank()) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        Values source = Values.of(segment.source());
        Values target = Values.of(segment.target());
        List<String> missingNumbers = Multisets.difference(source.numbers, target.numbers);
        List<String> extraNumbers = Multisets.difference(target.numbers, source.numbers);
        if (!missingNumbers.isEmpty() || !extraNumbers.isEmpty()) {
            messages.add(numberMessage(missingNumbers, extraNumbers));
        }
        List<String> missingAddresses = Multisets.difference(source.addresses, target.addresses);
        if (!missingAddresses.isEmpty()) {
            messages.add("Address " + Multisets.quoted(missingAddresses) + " of the source is not in the target.");
        }
        List<String> extraAddresses = Multisets.difference(target.addresses, source.addresses);
        if (!extraAddresses.isEmpty()) {
            messages.add("Address " + Multisets.quoted(extraAddresses) + " of the target is not in the source.");
        }
        return messages;
    }

    private static String numberMessage(List<String> missing, List<String> extra) {
        if (missing.isEmpty()) {
            return "Number mismatch: the target has " + Multisets.quoted(extra) + ", which the source does not.";
        }
        String message = "Number mismatch: the source has " + Multisets.quoted(missing) + ", which the target does not";
        return extra.isEmpty() ? message + "." : message + "; the target has " + Multisets.quoted(extra) + " instead.";
    }

    /** The numbers (as digit strings without leading zeros) and addresses of one text. */
    private record Values(List<String> numbers, List<String> addresses) {
        static Values of(String text) {
            List<String> numbers = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            FixedRendering previous = null;
            for (FixedRendering span : InvariantSpans.find(text)) {
                if (continuesNumber(text, previous, span)) {
                    // "1,000.5" comes back as "1,000" and "5": one number to a reader.
                    numbers.set(numbers.size() - 1, numbers.get(numbers.size() - 1) + span.target());
                    previous = span;
                    continue;
                }
                previous = span;
                switch (span.kind()) {
                    case URL, EMAIL -> addresses.add(span.target());
                    case DATE, TIME -> {
                        Matcher parts = DIGITS.matcher(span.target());
                        while (parts.find()) {
                            numbers.add(withoutLeadingZeros(parts.group()));
                        }
                    }
                    default -> numbers.add(withoutLeadingZeros(span.target().replaceAll("\\D", "")));
                }
            }
            return new Values(numbers, addresses);
        }

        private static boolean continuesNumber(String text, FixedRendering previous, FixedRendering span) {
            return previous != null && previous.kind() == FixedRendering.Kind.NUMBER
                    && span.kind() == FixedRendering.Kind.NUMBER && span.start() == previous.end() + 1
                    && ".,".indexOf(text.charAt(previous.end())) >= 0;
        }

        private static String withoutLeadingZeros(String digits) {
            return digits.replaceFirst("^0+(?=\\d)", "");
        }
    }
}
