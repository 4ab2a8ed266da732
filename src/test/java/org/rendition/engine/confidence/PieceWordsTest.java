package org.rendition.engine.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rendition.engine.tokenize.Piece;

class PieceWordsTest {
    private static Piece piece(String text) {
        return new Piece(0, text);
    }

    @Test
    void piecesAfterASpaceMarkerJoinTheWordItStarts() {
        List<PieceWords.Group> words = PieceWords.group(List.of(piece("▁The"), piece("▁minist"), piece("ers"),
                piece("▁met"), piece(".")), "The ministers met.");
        assertEquals(List.of("The", "ministers", "met."), words.stream().map(PieceWords.Group::text).toList());
        assertEquals(4, words.get(1).start());
        assertEquals(13, words.get(1).end());
        assertEquals(1, words.get(1).firstPiece());
        assertEquals(3, words.get(1).endPiece());
    }

    @Test
    void aLoneSpaceMarkerBelongsToTheWordAfterIt() {
        List<PieceWords.Group> words = PieceWords.group(List.of(piece("▁on"), piece("▁"), piece("12"),
                piece("▁March")), "on 12 March");
        assertEquals(List.of("on", "12", "March"), words.stream().map(PieceWords.Group::text).toList());
        assertEquals(3, words.get(1).start());
    }

    @Test
    void eachPieceOfChineseIsAWord() {
        List<PieceWords.Group> words = PieceWords.group(List.of(piece("▁中国"), piece("政府"), piece("表示")),
                "中国政府表示");
        assertEquals(List.of("中国", "政府", "表示"), words.stream().map(PieceWords.Group::text).toList());
    }

    @Test
    void aWordTheTextDoesNotSpellIsKeptWithoutAPlace() {
        List<PieceWords.Group> words = PieceWords.group(List.of(piece("▁fi"), piece("▁x")), "ﬁ x");
        assertEquals(-1, words.get(0).start());
        assertEquals(2, words.get(1).start());
    }
}
