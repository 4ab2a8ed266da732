package org.rendition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rendition.documents.InlineTag;

class TaggedEditorTextTest {
    private static final List<InlineTag> SOURCE = List.of(new InlineTag(InlineTag.Kind.BOLD, 0, 4, ""),
            new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 9, 9, "1"));
    private static final String TARGET = "The ministry spoke.";
    private static final List<InlineTag> PLACED = List.of(new InlineTag(InlineTag.Kind.BOLD, 4, 12, ""),
            new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 19, 19, "1"));

    @Test
    void eachTagEdgeIsOneCharacterOfTheFieldAndReadsBackAsTheSameTags() {
        String field = TaggedEditorText.of(TARGET, SOURCE, PLACED);
        // Numbered as the source numbers them: the note is tag 2.
        assertEquals("The \u2460ministry\u2776 spoke.\u2475", field);
        assertEquals(new TaggedEditorText.Parsed(TARGET, PLACED), TaggedEditorText.parse(field, SOURCE));
    }

    @Test
    void aPairedTagThatCoversNothingKeepsItsEdgesTogetherAndInOrder() {
        List<InlineTag> empty = List.of(new InlineTag(InlineTag.Kind.BOLD, 4, 4, ""));
        String field = TaggedEditorText.of(TARGET, SOURCE, empty);
        assertEquals("The \u2460\u2776ministry spoke.", field);
        assertEquals(empty, TaggedEditorText.parse(field, SOURCE).tags());
    }

    @Test
    void deletingOneEdgeOfAPairedTagDeletesTheTag() {
        String field = TaggedEditorText.of(TARGET, SOURCE, PLACED).replace("\u2460", "");
        assertEquals(List.of(PLACED.get(1)), TaggedEditorText.parse(field, SOURCE).tags());
    }

    @Test
    void f9MovesAPairedTagWithOneEdgeLeftAroundTheSelection() {
        String field = TaggedEditorText.of(TARGET, SOURCE, PLACED).replace("\u2460", "");
        int from = field.indexOf("spoke");
        TaggedEditorText.Inserted inserted = TaggedEditorText.insertNextMissing(field, SOURCE, from, from + 5)
                .orElseThrow();
        TaggedEditorText.Parsed parsed = TaggedEditorText.parse(inserted.text(), SOURCE);
        InlineTag bold = parsed.tags().get(0);
        assertEquals(TARGET, parsed.text());
        assertEquals("spoke", parsed.text().substring(bold.start(), bold.end()));
        assertEquals(inserted.text().indexOf('\u2776') + 1, inserted.caret());
    }

    @Test
    void typedTagCharactersAreNotTags() {
        assertEquals("a b", TaggedEditorText.withoutMarks("a\u2460 b\u2776"));
        assertTrue(TaggedEditorText.insertNextMissing(TaggedEditorText.of(TARGET, SOURCE, PLACED), SOURCE, 0, 0)
                .isEmpty(), "every tag is there");
    }
}
