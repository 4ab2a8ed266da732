/**
 * Quality assurance of translated segments, before export and on demand: what differs between a
 * source and its target that a reader would not forgive (a number, a name, a glossary term, a tag),
 * what is left untranslated or unconfirmed, and typing slips. Each check is a small class and can
 * be switched off ({@link org.rendition.qa.QaCheck}); all of them read a segment and the glossary
 * hits of its source, and nothing else, so the window, the command line and export see the same
 * issues. Builds on {@code documents}, {@code glossary} and {@code text}.
 */
package org.rendition.qa;
