package io.github.aria2j.testkit;

/**
 * What {@link Aria2Extension} does when no aria2c executable is found.
 *
 * <p>Set it with {@link Aria2Extension.Builder#whenMissing(Missing)}, or for a whole run with the
 * system property (or JUnit configuration parameter) {@value Aria2Extension#MISSING_PROPERTY}
 * set to {@code skip} or {@code fail}; the builder's choice wins. {@link #SKIP} unless set.
 */
public enum Missing {

  /** The tests are skipped (aborted), with a message that says how to install aria2c. */
  SKIP,

  /** The tests fail, with the same message: for CI, where aria2c must be there. */
  FAIL
}
