package io.github.aria2j.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code written by the aria2j code generator, so that tools (coverage, static analysis)
 * can tell it from hand-written code.
 *
 * <p>Retained in class files, unlike {@code javax.annotation.processing.Generated}, which is
 * source-only and would be invisible to tools that read bytecode.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.PACKAGE
})
public @interface Generated {

  /**
   * Names the generator.
   *
   * @return the generator's name, such as {@code aria2j-codegen}
   */
  String value();
}
