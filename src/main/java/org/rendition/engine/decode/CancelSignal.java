package org.rendition.engine.decode;

import org.rendition.arch.ValueType;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Lets a caller stop a long decoding run between steps (the UI's Cancel button). */
@FunctionalInterface
@ValueType
public interface CancelSignal {
    /** Never cancels. */
    CancelSignal NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} once cancellation was requested. */
    default void check() {
        if (isCancelled()) {
            throw new CancellationException("Translation was cancelled.");
        }
    }

    static CancelSignal of(BooleanSupplier supplier) {
        return supplier::getAsBoolean;
    }
}
