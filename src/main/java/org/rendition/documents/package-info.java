/**
 * Documents in and out: a reader per format (plain text, DOCX, PDF, HTML, e-mail) turns a file
 * into a {@link org.rendition.documents.SourceDocument} of paragraph-level blocks, which the
 * workflow cuts into {@link org.rendition.documents.Segment}s for translation; a writer
 * per export format puts the translated segments back, into the original layout where the format
 * allows it or into a bilingual table for reporting.
 *
 * <p>Hostile and damaged files are expected: every failure a person can cause by choosing a file
 * reaches the caller as a {@link org.rendition.documents.DocumentException} whose message is one
 * sentence naming the file. This package builds on {@code org.rendition.text} and the format
 * libraries only.
 */
package org.rendition.documents;
