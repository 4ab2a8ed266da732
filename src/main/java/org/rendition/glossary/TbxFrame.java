package org.rendition.glossary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rendition.arch.ValueType;

/**
 * What a TBX file holds around its concepts, kept as the file wrote it so that export gives the
 * same file back: the root element with its dialect, style, language and namespaces, the header
 * ({@code tbxHeader}/{@code martifHeader}: file, title, source and encoding descriptions …), the
 * start tags of {@code text} and {@code body}, and the back matter ({@code refObjectSec}s of the
 * responsible persons and organisations that transactions point to), all as markup.
 *
 * @param rootTag the start tag of {@code <tbx>} or {@code <martif>}, namespace declarations included
 * @param header  the header element, or null when the file had none
 * @param textTag the start tag of {@code <text>}
 * @param bodyTag the start tag of {@code <body>}
 * @param back    what {@code <text>} holds besides the body ({@code <back>}), or null
 * @param prolog  what came between the XML declaration and the root, one item a line: the
 *     {@code xml-model} instructions that name its schemas, a DOCTYPE, comments; or null
 */
@ValueType
public record TbxFrame(String rootTag, String header, String textTag, String bodyTag, String back, String prolog) {
    private static final Pattern LANG = Pattern.compile("\\sxml:lang=\"([^\"]*)\"");
    private static final String TBX_2019 = "urn:iso:std:iso:30042:ed-2";

    /** The frame Rendition writes around concepts that came from no TBX file (a CSV glossary): TBX-Basic 2019. */
    public static TbxFrame rendition(String lang) {
        return new TbxFrame("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"" + lang + "\" xmlns=\"" + TBX_2019
                + "\">", "<tbxHeader><fileDesc><sourceDesc><p>Exported by Rendition</p></sourceDesc></fileDesc>"
                + "</tbxHeader>", "<text>", "<body>", null, null);
    }

    /** Whether the file is TBX 2008 ({@code martif}), whose concepts are {@code termEntry}/{@code langSet}/{@code tig}. */
    public boolean legacy() {
        return rootTag.startsWith("<martif");
    }

    /** The element that holds a concept, a language section and a term in this edition. */
    String conceptElement() {
        return legacy() ? "termEntry" : "conceptEntry";
    }

    String sectionElement() {
        return legacy() ? "langSet" : "langSec";
    }

    String termElement() {
        return legacy() ? "tig" : "termSec";
    }

    /** The file's main language (its root's xml:lang), or null. */
    public String lang() {
        Matcher m = LANG.matcher(rootTag);
        return m.find() ? m.group(1) : null;
    }

    /** The name of the root element. */
    String rootElement() {
        return rootTag.substring(1).split("[\\s>/]", 2)[0];
    }

    /**
     * This frame with the back matter of {@code other} added, for an export of concepts from
     * several files: their transactions point into both.
     */
    public TbxFrame withBackOf(TbxFrame other) {
        if (other.back == null || other.back.equals(back)) {
            return this;
        }
        if (back == null) {
            return new TbxFrame(rootTag, header, textTag, bodyTag, other.back, prolog);
        }
        String inner = inner(other.back);
        if (inner == null || back.contains(inner)) {
            return this;
        }
        int close = back.lastIndexOf("</");
        return new TbxFrame(rootTag, header, textTag, bodyTag, back.substring(0, close) + inner + back.substring(close),
                prolog);
    }

    private static String inner(String element) {
        int open = element.indexOf('>');
        int close = element.lastIndexOf("</");
        return open < 0 || close <= open ? null : element.substring(open + 1, close);
    }
}
