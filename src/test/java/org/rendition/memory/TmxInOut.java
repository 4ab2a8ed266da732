package org.rendition.memory;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Compares a TMX file as another tool wrote it with the TMX Rendition wrote after reading it, as
 * XML, so that what the reader drops cannot pass unseen because the writer drops it too:
 *
 * <ul>
 *   <li>the header: every attribute with its value, and its notes, props and user-defined
 *       entities ({@code ude} with its {@code map}s), the same and in the same order;
 *   <li>every unit: a unit of n variants comes out as n - 1 units, source with each target in
 *       turn, each with every attribute of the unit (srclang up to case), its notes and props in
 *       order, and both variants with their language, every attribute, notes, props and the
 *       segment's content (text, inline tags with their attributes and native code) unchanged.
 * </ul>
 *
 * Rendition may add what the input lacked: a srclang on each unit, a creation id and date where a
 * unit had none, its own {@code x-rendition-*} props, required header attributes.
 */
public final class TmxInOut {
    /**
     * A memory as another tool writes one: a header with every attribute, a note, a prop and a
     * user-defined entity; a unit with tuid, creation id and date, usagecount, a prop, a note,
     * inline tags and variants with attributes and a note of their own (ru-RU to en-US); and, on
     * line 12, a unit with only one variant, which is skipped.
     */
    public static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="Other" creationtoolversion="9" segtype="sentence" o-tmf="x"
             adminlang="en-US" srclang="ru-RU" datatype="plaintext" o-encoding="windows-1251"
             creationdate="20190101T000000Z" creationid="pm" changedate="20190202T101010Z" changeid="pm2">
            <note>Delta memory, checked by the project manager</note><prop type="x-client">MoD</prop>
            <ude name="MacRoman" base="Macintosh"><map unicode="#xF8FF" code="#xF0" ent="Apple_logo" subst="[Apple]"/></ude>
            </header>
            <body><tu tuid="77" creationid="ana.k" creationdate="20200102T030405Z" usagecount="3">
            <prop type="x-project">Delta</prop><note>checked</note>
            <tuv xml:lang="ru-RU" creationtool="Trados"><seg>Совещание <bpt i="1">&lt;b&gt;</bpt>начнётся<ept i="1">&lt;/b&gt;</ept> в девять утра.</seg></tuv>
            <tuv xml:lang="en-US" changeid="boris" changedate="20200203T040506Z"><note>target note</note><seg>The meeting <bpt i="1">&lt;b&gt;</bpt>starts<ept i="1">&lt;/b&gt;</ept> at nine in the morning.</seg></tuv></tu>
            <tu tuid="78"><tuv xml:lang="en-US"><seg>Only one side.</seg></tuv></tu>
            </body></tmx>
            """;

    private TmxInOut() {
    }

    /**
     * The differences between {@code in} and {@code out}; empty when everything was kept.
     *
     * @param units when false, only the headers are compared
     */
    public static List<String> differences(Path in, byte[] out, boolean units) throws Exception {
        Element input = parse(Files.readAllBytes(in));
        Element output = parse(out);
        List<String> problems = new ArrayList<>();
        compareHeaders(child(input, "header"), child(output, "header"), problems);
        if (units) {
            compareUnits(input, output, problems);
        }
        return problems;
    }

    private static Element parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        return document.getDocumentElement();
    }

    private static void compareHeaders(Element in, Element out, List<String> problems) {
        if (in == null) {
            return;
        }
        if (out == null) {
            problems.add("the header was not written");
            return;
        }
        Map<String, String> outAttributes = attributes(out);
        attributes(in).forEach((name, value) -> {
            if (!value.equals(outAttributes.get(name))) {
                problems.add("header attribute " + name + "=\"" + value + "\" came out as " + outAttributes.get(name));
            }
        });
        List<String> inContent = children(in, "note", "prop", "ude").stream().map(TmxInOut::canonical).toList();
        List<String> outContent = children(out, "note", "prop", "ude").stream().map(TmxInOut::canonical).toList();
        if (!inContent.equals(outContent)) {
            problems.add("header notes, props and udes " + inContent + " came out as " + outContent);
        }
    }

    private static void compareUnits(Element in, Element out, List<String> problems) {
        List<Element> outUnits = descendants(out, "tu");
        int next = 0;
        for (Element tu : descendants(in, "tu")) {
            List<Element> variants = children(tu, "tuv");
            if (variants.size() < 2) {
                continue;
            }
            List<Element> group = new ArrayList<>();
            for (int i = 1; i < variants.size() && next < outUnits.size(); i++) {
                group.add(outUnits.get(next++));
            }
            if (group.size() < variants.size() - 1) {
                problems.add("unit " + describe(tu) + " did not come out as " + (variants.size() - 1) + " units");
                return;
            }
            compareUnit(tu, variants, group, problems);
        }
        if (next != outUnits.size()) {
            problems.add((outUnits.size() - next) + " units came out that were not in the file");
        }
    }

    private static void compareUnit(Element tu, List<Element> variants, List<Element> group, List<String> problems) {
        String name = describe(tu);
        List<String> inVariants = variants.stream().map(TmxInOut::variant).toList();
        String source = variant(children(group.get(0), "tuv").get(0));
        if (!inVariants.contains(source)) {
            problems.add("unit " + name + ": its source variant came out changed: " + source + " not in " + inVariants);
            return;
        }
        List<String> expectedTargets = new ArrayList<>(inVariants);
        expectedTargets.remove(source);
        List<String> targets = new ArrayList<>();
        for (Element unit : group) {
            List<Element> out = children(unit, "tuv");
            if (out.size() != 2 || !variant(out.get(0)).equals(source)) {
                problems.add("unit " + name + " came out as " + describe(unit) + " without its source variant first");
                return;
            }
            targets.add(variant(out.get(1)));
            Map<String, String> outAttributes = attributes(unit);
            attributes(tu).forEach((attribute, value) -> {
                String written = outAttributes.get(attribute);
                boolean same = attribute.equals("srclang") ? value.equalsIgnoreCase(written) : value.equals(written);
                if (!same) {
                    problems.add("unit " + name + ": attribute " + attribute + "=\"" + value + "\" came out as "
                            + written);
                }
            });
            List<String> inProps = children(tu, "note", "prop").stream().map(TmxInOut::canonical).toList();
            List<String> outProps = children(unit, "note", "prop").stream()
                    .filter(p -> !p.getAttribute("type").startsWith("x-rendition-")).map(TmxInOut::canonical).toList();
            if (!inProps.equals(outProps)) {
                problems.add("unit " + name + ": notes and props " + inProps + " came out as " + outProps);
            }
        }
        if (!expectedTargets.equals(targets)) {
            problems.add("unit " + name + ": target variants " + expectedTargets + " came out as " + targets);
        }
    }

    /** A variant as compared: language, other attributes, notes and props, segment content. */
    private static String variant(Element tuv) {
        Map<String, String> attributes = attributes(tuv);
        String lang = attributes.remove("xml:lang");
        String plain = attributes.remove("lang");
        StringBuilder out = new StringBuilder("[").append(lang != null ? lang : plain).append(' ')
                .append(attributes);
        for (Element e : children(tuv, "note", "prop")) {
            out.append(' ').append(canonical(e));
        }
        Element seg = child(tuv, "seg");
        out.append(" seg:");
        if (seg != null) {
            content(seg, out);
        }
        return out.append(']').toString();
    }

    private static String describe(Element tu) {
        String id = tu.getAttribute("tuid");
        Element first = descendants(tu, "seg").stream().findFirst().orElse(null);
        return (id.isEmpty() ? "" : "'" + id + "' ") + "\"" + (first == null ? "" : first.getTextContent()) + "\"";
    }

    /** An element as name, sorted attributes and content, independent of quoting and attribute order. */
    private static String canonical(Element e) {
        StringBuilder out = new StringBuilder("<").append(e.getTagName()).append(attributes(e)).append('>');
        content(e, out);
        return out.append("</").append(e.getTagName()).append('>').toString();
    }

    private static void content(Element e, StringBuilder out) {
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child) {
                out.append(canonical(child));
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(node.getNodeValue());
            }
        }
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> map = new TreeMap<>();
        NamedNodeMap all = e.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr a = (Attr) all.item(i);
            if (!a.getName().startsWith("xmlns")) {
                map.put(a.getName(), a.getValue());
            }
        }
        return map;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String... names) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && List.of(names).contains(e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
