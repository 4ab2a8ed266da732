package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The tensors of a checkpoint by name. Checkpoints saved from the bare model lack the
 * {@code model.} prefix that the generation head adds, so both spellings are accepted.
 */
final class Weights {
    private final Map<String, NDArray> tensors;
    private final String source;

    Weights(Map<String, NDArray> tensors, String source) {
        this.tensors = tensors;
        this.source = source;
    }

    Optional<NDArray> find(String name) {
        NDArray found = tensors.get(name);
        if (found == null && name.startsWith("model.")) {
            found = tensors.get(name.substring("model.".length()));
        }
        return Optional.ofNullable(found);
    }

    NDArray require(String name) {
        return find(name).orElseThrow(() -> new UncheckedIOException(new IOException(
                source + " has no tensor '" + name + "'; it does not match its config.json.")));
    }
}
