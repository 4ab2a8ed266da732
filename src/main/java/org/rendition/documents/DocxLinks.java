package org.rendition.documents;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;

/**
 * Where the hyperlinks of one part of a Word package point: a {@code w:hyperlink} names a
 * relationship of the part it sits in ({@code r:id="rId2"}), and the relationship holds the
 * address. Each part (body, a header, the footnotes, the comments) has relationships of its own,
 * so one id can mean different addresses in two parts.
 */
final class DocxLinks {
    /** For paragraphs read outside any package part: an id stays what it is. */
    static final DocxLinks NONE = new DocxLinks(null);

    private final PackagePart part;

    private DocxLinks(PackagePart part) {
        this.part = part;
    }

    static DocxLinks of(POIXMLDocumentPart part) {
        return part == null || part.getPackagePart() == null ? NONE : new DocxLinks(part.getPackagePart());
    }

    /** The address relationship {@code id} names, or the id itself when the part has no such relationship. */
    String address(String id) {
        if (part == null || id.isEmpty()) {
            return id;
        }
        try {
            PackageRelationship relationship = part.getRelationship(id);
            return relationship == null ? id : relationship.getTargetURI().toString();
        } catch (RuntimeException e) {
            // A damaged relationships part: the link keeps naming its id, as the text reads the same.
            return id;
        }
    }
}
