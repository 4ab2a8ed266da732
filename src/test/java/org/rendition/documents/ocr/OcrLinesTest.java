package org.rendition.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OcrLinesTest {
    @Test
    void linesWrappedByThePageRunOnWithASpace() {
        assertEquals("Они продлятся неделю.", OcrLines.join("Они продлятся\nнеделю.\n"));
    }

    @Test
    void wordHyphenatedAtTheLineEndIsPutBackTogether() {
        assertEquals("В учениях участвуют", OcrLines.join("В уче-\nниях участвуют"));
    }

    @Test
    void hyphenBeforeACapitalIsKept() {
        assertEquals("Ростов-На-Дону", OcrLines.join("Ростов-\nНа-Дону"));
    }

    @Test
    void chineseRunsOnWithoutSpaces() {
        assertEquals("国防部宣布在南部地区开始军事演习。", OcrLines.join("国 防 部 宣布\n在南部地区开始军事演习 。"));
    }
}
