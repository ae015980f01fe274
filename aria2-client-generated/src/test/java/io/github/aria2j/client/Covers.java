package io.github.aria2j.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The aria2 methods a test calls, such as {@code "aria2.tellStatus"}.
 *
 * <p>{@link MockAria2} checks after the test that the server received requests for exactly these
 * methods, so the annotation cannot claim more than the test does; {@link MethodCoverageTest}
 * checks that together the tests cover every method of the generated client.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Covers {
  String[] value();
}
