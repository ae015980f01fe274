package io.github.aria2j.runtime.daemon;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * aria2c could not be started: not found, exited before answering, never answered, or found
 * no free port.
 *
 * <p>The message says what happened and, where aria2c ran, ends with its last lines of output
 * and its command line. Neither ever contains the RPC secret.
 */
public final class Aria2LaunchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the start failed. */
  public enum Reason {
    /** No aria2c executable was found; the message lists the places searched. */
    EXECUTABLE_NOT_FOUND,
    /**
     * aria2c could not be run at all: the download directory or the temporary configuration file
     * could not be created, the operating system refused to run it, or the wait was interrupted.
     */
    START_FAILED,
    /** aria2c exited before its RPC server answered, for example over an option it rejects. */
    EXITED_EARLY,
    /** aria2c kept running but its RPC server did not answer within the start timeout. */
    NOT_ANSWERING,
    /** Other processes took each free port picked for aria2c before it could listen on it. */
    PORT_IN_USE
  }

  /** Why the start failed. */
  private final Reason reason;

  /** The end of aria2c's output, or empty if it never ran. */
  private final String output;

  /** aria2c's exit code for {@link Reason#EXITED_EARLY}, else {@code null}. */
  private final Integer exitCode;

  Aria2LaunchException(
      Reason reason, String message, String output, Integer exitCode, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.output = output == null ? "" : output;
    this.exitCode = exitCode;
  }

  /**
   * Returns why the start failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the end of aria2c's output (stdout and stderr merged), with the secret masked.
   *
   * @return the output, or an empty string if aria2c never ran
   */
  public String output() {
    return output;
  }

  /**
   * Returns aria2c's exit code, when it exited on its own before answering.
   *
   * @return the exit code for {@link Reason#EXITED_EARLY}, else empty
   */
  public OptionalInt exitCode() {
    return exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode);
  }
}
