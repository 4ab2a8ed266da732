package org.rendition.workflow.profile;

/**
 * An imported glossary and whether its terms are matched in sentences.
 *
 * @param name the glossary's name
 * @param terms how many terms it holds
 * @param inUse whether its terms are highlighted and kept in translations
 */
public record GlossaryInUse(String name, long terms, boolean inUse) {
}
