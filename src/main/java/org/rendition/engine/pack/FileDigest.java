package org.rendition.engine.pack;

/**
 * What a manifest records of one file of a pack.
 *
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param size length in bytes, checked first because it is cheap and catches truncated copies
 */
public record FileDigest(String sha256, long size) {
}
