package org.rendition.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;

/** Builds test documents and stand-in translations. */
final class Fixtures {
    static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    static final String RUSSIAN_TEXT = "Вчера вечером в городе прошло совещание руководителей предприятий. "
        + "Обсуждались вопросы поставок топлива и сроки ремонта оборудования. "
        + "Участники договорились встретиться снова через неделю, чтобы подвести итоги работы.";

    private Fixtures() {
    }

    /** "Target 0.", "Target 1.", ... one per segment, so tests can tell where each went. */
    static TranslatedDocument translate(SourceDocument document, Language from, Language to) {
        List<Segment> segments = document.segments(from, SEGMENTER);
        List<String> targets = segments.stream().map(s -> "Target " + s.index() + ".").toList();
        return new TranslatedDocument(document, from, to, segments, targets);
    }

    static Path save(XWPFDocument document, Path file) {
        try (XWPFDocument closing = document) {
            try (var out = Files.newOutputStream(file)) {
                closing.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(5, 5, 10, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument openDocx(Path file) {
        try {
            return new XWPFDocument(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
