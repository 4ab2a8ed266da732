package org.rendition.glossary;

/** A stored glossary and how many terms it holds. */
public record GlossaryInfo(String name, long terms) {
}
