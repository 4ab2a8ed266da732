package org.rendition.arch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an immutable value (a record, an enum, a signal passed in) that the window and the command
 * line may hold although it is defined below {@code workflow}: a segment, a language, a memory
 * match. Types that do work (readers, stores, engines) never carry it, so the faces reach them only
 * through a {@code workflow} use case. {@code ArchitectureTest} reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ValueType {
}
