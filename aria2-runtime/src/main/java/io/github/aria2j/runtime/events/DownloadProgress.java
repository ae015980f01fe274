package io.github.aria2j.runtime.events;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A download that changed between two polls of the progress poller.
 *
 * @param previous its state at the previous poll, or {@code null} if this poll saw it first
 * @param current its state now
 */
public record DownloadProgress(@Nullable DownloadSnapshot previous, DownloadSnapshot current) {

  /**
   * Checks the components.
   *
   * @param previous its state at the previous poll, or {@code null}
   * @param current its state now
   */
  public DownloadProgress {
    Objects.requireNonNull(current, "current");
  }

  /**
   * The download's GID.
   *
   * @return the GID
   */
  public String gid() {
    return current.gid();
  }
}
