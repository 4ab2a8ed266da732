/**
 * Text before it reaches the engine: which {@link org.rendition.text.Language} it is in, how it
 * splits into sentences without losing its layout, and whether a file holds usable text at all.
 *
 * <p>This package stands alone: it uses ICU4J and Lingua but no other Rendition package, so the
 * engine, the document readers and the command line can all build on it.
 */
package org.rendition.text;
