package org.rendition.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.rendition.text.Language;

/**
 * Writes a translated web page from the original: each block's text becomes its translation,
 * pictures and the page's structure and styles stay, and the page declares the target
 * language and direction ({@code lang}, {@code dir}) and UTF-8. Links and emphasis inside a
 * block stay around the words the model aligned with theirs, or placed in them by position where
 * there is no alignment; {@code alt}, {@code title} and
 * {@code placeholder} values are translated too.
 */
public final class HtmlWriter implements DocumentWriter {
    static final String MARKING_STYLE = "text-align:center;font-weight:bold;margin:0.5em 0";

    @Override
    public void write(TranslatedDocument translation, Marking marking, Path target) throws DocumentException {
        SourceDocument source = translation.source();
        if (source.format() != DocumentFormat.HTML || source.original().isEmpty()) {
            throw new DocumentException("'" + source.fileName() + "' is not a web page, so it cannot be exported "
                + "as one with its original layout. Export it as text or as a bilingual table.");
        }
        Document page;
        try {
            page = HtmlPages.parse(source.original().get());
        } catch (IOException e) {
            throw new DocumentException("'" + source.fileName() + "' could not be read again as a web page: "
                + e.getMessage() + ".", e);
        }
        List<HtmlPages.Run> runs = HtmlPages.runs(page);
        List<TranslatedDocument.BlockTranslation> blocks = translation.blockTranslations();
        for (int i = 0; i < blocks.size(); i++) {
            replace(runs.get(source.blocks().get(i).position()), blocks.get(i));
        }
        declareLanguage(page, translation.targetLanguage());
        mark(page.body(), marking);
        page.outputSettings().prettyPrint(false);
        String html = page.outerHtml();
        AtomicFiles.write(target, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Puts the translation into the run's own text nodes, shared out by {@link TextPlacement}
     * (by the tags placed in the translation where the model aligned them, else by position), so
     * links and emphasis stay around the words that take their place; preformatted text goes
     * whole where its first text was, keeping its lines. An attribute takes the translation as
     * its value.
     */
    private static void replace(HtmlPages.Run run, TranslatedDocument.BlockTranslation block) {
        String translated = block.text();
        if (run.isAttribute()) {
            run.owner().attr(run.attribute(), translated);
            return;
        }
        if (translated.equals(run.text())) {
            return;
        }
        List<TextNode> texts = new ArrayList<>();
        for (Node node : run.nodes()) {
            textNodes(node, texts);
        }
        texts.removeIf(TextNode::isBlank);
        if (run.preformatted() || texts.isEmpty()) {
            replaceWhole(run, translated);
            return;
        }
        List<TextPlacement.Piece> pieces = new ArrayList<>();
        HtmlRunCopies parts = new HtmlRunCopies(run.nodes());
        int cursor = 0;
        for (TextNode text : texts) {
            String collapsed = text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
            String core = collapsed.strip();
            int anchor = core.isEmpty() ? -1 : run.text().indexOf(core, cursor);
            if (anchor >= 0) {
                cursor = anchor + core.length();
            }
            pieces.add(new TextPlacement.Piece(collapsed, false, anchor, parts.container(text), parts.copyable(text)));
        }
        TextPlacement.Placement placement = TextPlacement.arrange(pieces, translated, block.tags(), 0);
        for (int i = 0; i < texts.size(); i++) {
            texts.get(i).text(placement.texts().get(i));
        }
        parts.insert(placement.insertions(), texts);
    }

    private static void textNodes(Node node, List<TextNode> texts) {
        if (node instanceof TextNode text) {
            texts.add(text);
        } else {
            for (Node child : node.childNodes()) {
                textNodes(child, texts);
            }
        }
    }

    /** Puts the translation where the run's first text was and removes the rest of its text. */
    private static void replaceWhole(HtmlPages.Run run, String translated) {
        boolean placed = false;
        for (Node node : run.nodes()) {
            if (HtmlPages.wholeText(node).isBlank()) {
                continue;
            }
            if (!placed) {
                node.before(new TextNode(translated));
                placed = true;
            }
            node.remove();
        }
    }

    private static void declareLanguage(Document page, Language language) {
        String direction = language.isRightToLeft() ? "rtl" : "ltr";
        for (Element element : page.getAllElements()) {
            if (element.hasAttr("dir")) {
                element.attr("dir", direction);
            }
            if (element.hasAttr("lang")) {
                element.attr("lang", language.iso1());
            }
        }
        Element html = page.selectFirst("html");
        if (html != null) {
            html.attr("lang", language.iso1()).attr("dir", direction);
        }
        // The output is UTF-8: an old declaration of the source's encoding would garble it.
        page.select("meta[http-equiv]").forEach(meta -> {
            if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                meta.remove();
            }
        });
        page.charset(StandardCharsets.UTF_8);
    }

    static void mark(Element body, Marking marking) {
        if (marking.hasHeader()) {
            body.prependElement("div").addClass("rendition-marking").attr("style", MARKING_STYLE)
                .text(marking.header());
        }
        if (marking.hasFooter()) {
            body.appendElement("div").addClass("rendition-marking").attr("style", MARKING_STYLE)
                .text(marking.footer());
        }
    }
}
