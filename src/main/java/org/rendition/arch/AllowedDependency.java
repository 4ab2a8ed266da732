package org.rendition.arch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exception to a rule of {@code ArchitectureTest}, granted to one class, with the reason in
 * words. The test lets the annotated class break only the rule named by {@link #rule()}; every
 * other class is held to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedDependency {
    /** The rule the class may break, as {@code ArchitectureTest} names it. */
    Rule rule();

    /** Why this class needs the exception. */
    String reason();

    /** The rules of {@code ArchitectureTest} that allow exceptions. */
    enum Rule {
        /** Only the command line writes to standard output or standard error. */
        STANDARD_STREAMS,
        /** Nothing depends on the command line or the window. */
        FACES
    }
}
