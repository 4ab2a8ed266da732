package org.rendition.documents.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrInstallationTest {
    @TempDir
    Path folder;

    @Test
    void engineReadsItsTestLineAndNamesItsVersion() throws Exception {
        assertTrue(OcrInstallation.checkEngine().startsWith("Tesseract 5"), OcrInstallation.checkEngine());
    }

    @Test
    void missingLanguageDataNamesTheDebianPackagesToInstall() throws Exception {
        Path english = TessData.locate().folder().resolve("eng.traineddata");
        Files.createSymbolicLink(folder.resolve("eng.traineddata"), english);
        Files.createSymbolicLink(folder.resolve("rus.traineddata"), english);
        System.setProperty("rendition.tessdata", folder.toString());
        try {
            OcrException e = assertThrows(OcrException.class, OcrInstallation::checkLanguageData);
            assertEquals("Missing OCR language data for ukr, ara, fas, urd, chi_sim, chi_tra, heb, osd; install the "
                + "Debian packages tesseract-ocr-ukr tesseract-ocr-ara tesseract-ocr-fas tesseract-ocr-urd "
                + "tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-heb tesseract-ocr-osd.", e.getMessage());
        } finally {
            System.clearProperty("rendition.tessdata");
        }
    }
}
