package org.rendition.glossary;

import org.rendition.arch.ValueType;

/** A stored glossary and how many terms it holds. */
@ValueType
public record GlossaryInfo(String name, long terms) {
}
