package org.rendition.documents;

import org.rendition.arch.ValueType;

/** The XLIFF versions Rendition exchanges documents in: 2.1, and 1.2, which most CAT tools still use. */
@ValueType
public enum XliffVersion {
    V1_2("1.2", "urn:oasis:names:tc:xliff:document:1.2"),
    V2_1("2.1", "urn:oasis:names:tc:xliff:document:2.0");

    private final String number;
    private final String namespace;

    XliffVersion(String number, String namespace) {
        this.number = number;
        this.namespace = namespace;
    }

    /** The {@code version} attribute's value. */
    public String number() {
        return number;
    }

    /** The namespace of its elements (XLIFF 2.1 keeps 2.0's). */
    public String namespace() {
        return namespace;
    }
}
