package org.rendition.cli;

import org.rendition.documents.XliffVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --xliff-version 2.1} or {@code 1.2}. */
final class XliffVersionOption implements ITypeConverter<XliffVersion> {
    @Override
    public XliffVersion convert(String value) {
        for (XliffVersion v : XliffVersion.values()) {
            if (v.number().equals(value.strip()) || v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        throw new TypeConversionException("'" + value + "' is not an XLIFF version Rendition writes; use 2.1 or 1.2.");
    }
}
