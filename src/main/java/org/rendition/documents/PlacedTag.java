package org.rendition.documents;

/**
 * One of a block's inline tags and where it lies in the block's translation.
 *
 * @param source the tag as the block carries it, offsets into the block's text
 * @param target the same tag with offsets into the block's translation
 */
record PlacedTag(InlineTag source, InlineTag target) {
}
