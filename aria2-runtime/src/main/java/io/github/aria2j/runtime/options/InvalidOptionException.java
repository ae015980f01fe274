package io.github.aria2j.runtime.options;

import java.util.Objects;

/**
 * An option value that aria2 would reject, found before anything is sent.
 *
 * <p>The message names the option, what it accepts and the value given, for example {@code split
 * must be at least 1 (got 0)} or {@code log-level must be one of debug, info, notice, warn, error
 * (got "verbose")}. It never shows a credential: values of sensitive options are not shown, and
 * the user name and password of a proxy URI are masked.
 */
public final class InvalidOptionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The option's long name. */
  private final String optionName;

  /** What the option accepts. */
  private final String requirement;

  /**
   * Creates the exception.
   *
   * @param optionName the option's long name, such as {@code split}
   * @param requirement what the option accepts, as a predicate: {@code must be at least 1}
   * @param shownValue the rejected value as it may be shown (quoted, cut, masked), or {@code null}
   *     to show none
   */
  public InvalidOptionException(String optionName, String requirement, String shownValue) {
    super(
        Objects.requireNonNull(optionName, "optionName")
            + " "
            + Objects.requireNonNull(requirement, "requirement")
            + (shownValue == null ? "" : " (got " + shownValue + ")"));
    this.optionName = optionName;
    this.requirement = requirement;
  }

  /**
   * Returns the option whose value was rejected.
   *
   * @return the long name, such as {@code split}
   */
  public String optionName() {
    return optionName;
  }

  /**
   * Returns what the option accepts.
   *
   * @return a predicate such as {@code must be between 1 and 16}
   */
  public String requirement() {
    return requirement;
  }
}
