package org.rendition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTagsTest {
    private static final InlineTag BOLD = new InlineTag(InlineTag.Kind.BOLD, 0, 5, "");
    private static final InlineTag LINK = new InlineTag(InlineTag.Kind.LINK, 6, 10, "https://example.org/");
    private static final InlineTag NOTE = new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 11, 11, "1");

    @Test
    void aTagTheAnalystDeletedIsMissingAndTheOthersStillPairWithTheirSourceTags() {
        InlineTag linkThere = new InlineTag(InlineTag.Kind.LINK, 2, 4, "https://example.org/");
        InlineTag noteThere = new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 9, 9, "1");
        assertEquals(List.of(Optional.empty(), Optional.of(linkThere), Optional.of(noteThere)),
                TargetTags.perSourceTag(List.of(BOLD, LINK, NOTE), List.of(linkThere, noteThere)));
    }

    @Test
    void aTagOfAKindTheSourceLacksIsExtra() {
        InlineTag italic = new InlineTag(InlineTag.Kind.ITALIC, 0, 3, "");
        assertEquals(List.of(italic), TargetTags.extra(List.of(BOLD), List.of(italic, BOLD)));
    }

    @Test
    void replacingAWordKeepsTheBoldOverItsReplacementAndCarriesLaterTagsAlong() {
        // "The old ministry said." with bold over "old ministry" and a note at the end.
        String before = "The old ministry said.";
        List<InlineTag> tags = List.of(new InlineTag(InlineTag.Kind.BOLD, 4, 16, ""),
                new InlineTag(InlineTag.Kind.FOOTNOTE_REFERENCE, 22, 22, "1"));
        String after = "The new defence ministry said.";
        List<InlineTag> moved = TargetTags.follow(before, tags, after);
        assertEquals("new defence ministry", after.substring(moved.get(0).start(), moved.get(0).end()));
        assertEquals(after.length(), moved.get(1).start());
    }

    @Test
    void aLinkSavedWithItsRelationshipIdTakesTheAddressOfTheSourceLinkItStandsFor() {
        InlineTag other = new InlineTag(InlineTag.Kind.LINK, 12, 16, "https://example.org/other");
        List<InlineTag> saved = List.of(new InlineTag(InlineTag.Kind.BOLD, 0, 3, ""),
                new InlineTag(InlineTag.Kind.LINK, 4, 8, "rId7"), new InlineTag(InlineTag.Kind.LINK, 9, 12, "rId8"));
        assertEquals(List.of(saved.get(0), new InlineTag(InlineTag.Kind.LINK, 4, 8, LINK.detail()),
                        new InlineTag(InlineTag.Kind.LINK, 9, 12, other.detail())),
                TargetTags.savedEarlier(List.of(BOLD, LINK, NOTE, other), saved));
    }

    @Test
    void tagsSavedWithTheAddressesTheSourceNamesAreReadAsTheyAre() {
        List<InlineTag> saved = List.of(new InlineTag(InlineTag.Kind.LINK, 2, 4, LINK.detail()));
        assertEquals(saved, TargetTags.savedEarlier(List.of(BOLD, LINK), saved));
    }
}
