package org.rendition.engine.model;

import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tensors of a checkpoint by name. Checkpoints saved from the bare model lack the
 * {@code model.} prefix that the generation head adds, so both spellings are accepted.
 */
final class Weights {
    private final Map<String, NDArray> tensors;
    private final String source;
    private final Precision precision;
    private final List<Bf16Products.Matrix> roundedCopies;

    /**
     * @param roundedCopies where the bfloat16 copies made for {@link Precision#BF16} are listed, so
     *     the model frees them when it closes
     */
    Weights(Map<String, NDArray> tensors, String source, Precision precision, List<Bf16Products.Matrix> roundedCopies) {
        this.tensors = tensors;
        this.source = source;
        this.precision = precision;
        this.roundedCopies = roundedCopies;
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

    /** A bfloat16 copy of a weight matrix for {@link Precision#BF16}, or null at float32. */
    Bf16Products.Matrix rounded(NDArray weight) {
        if (precision != Precision.BF16) {
            return null;
        }
        Bf16Products.Matrix copy = Bf16Products.convert(weight);
        roundedCopies.add(copy);
        return copy;
    }
}
