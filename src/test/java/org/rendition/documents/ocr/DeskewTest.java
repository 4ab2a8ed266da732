package org.rendition.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DeskewTest {
    private static final String TEXT = "Министерство обороны сообщило о начале учений на юге страны. Они продлятся "
        + "неделю. В учениях участвуют тысячи военнослужащих и сотни единиц техники.";

    @Test
    void pageLeaningClockwiseIsTurnedBackByAsMuch() throws Exception {
        BufferedImage leaning = RenderedPage.leaning(RenderedPage.clean(TEXT, false), 3);
        assertEquals(-3.0, Deskew.correction(GrayImage.of(leaning)), 0.15);
    }

    @Test
    void pageLeaningCounterClockwiseIsTurnedBackByAsMuch() throws Exception {
        BufferedImage leaning = RenderedPage.leaning(RenderedPage.clean(TEXT, false), -4.5);
        assertEquals(4.5, Deskew.correction(GrayImage.of(leaning)), 0.15);
    }

    @Test
    void levelPageIsLeftAlone() throws Exception {
        assertEquals(0.0, Deskew.correction(GrayImage.of(RenderedPage.clean(TEXT, false))));
    }

    @Test
    void blankPageIsLeftAlone() {
        assertEquals(0.0, Deskew.correction(GrayImage.of(new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY))));
    }
}
