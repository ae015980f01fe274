package io.github.aria2j.runtime.events;

import java.util.Objects;

/**
 * The state of one download at one poll: what a progress bar needs.
 *
 * @param gid the download's GID
 * @param status aria2's status: {@code active}, {@code waiting}, {@code paused}, {@code error},
 *     {@code complete} or {@code removed}
 * @param totalLength the size in bytes; 0 while aria2 does not know it yet
 * @param completedLength the bytes downloaded
 * @param uploadLength the bytes uploaded (BitTorrent)
 * @param downloadSpeed the download speed in bytes per second
 * @param uploadSpeed the upload speed in bytes per second
 */
public record DownloadSnapshot(
    String gid,
    String status,
    long totalLength,
    long completedLength,
    long uploadLength,
    long downloadSpeed,
    long uploadSpeed) {

  /**
   * Checks the components.
   *
   * @param gid the download's GID
   * @param status aria2's status
   * @param totalLength the size in bytes
   * @param completedLength the bytes downloaded
   * @param uploadLength the bytes uploaded
   * @param downloadSpeed the download speed in bytes per second
   * @param uploadSpeed the upload speed in bytes per second
   */
  public DownloadSnapshot {
    Objects.requireNonNull(gid, "gid");
    Objects.requireNonNull(status, "status");
  }

  /**
   * The part downloaded.
   *
   * @return {@code completedLength / totalLength} between 0 and 1, or 0 while the size is
   *     unknown
   */
  public double fraction() {
    return totalLength <= 0 ? 0 : Math.min(1, (double) completedLength / totalLength);
  }
}
