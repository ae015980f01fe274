package io.github.aria2j.runtime.events;

import java.util.Optional;

/**
 * Makes the typed notification for one of aria2's notification methods; generated code
 * provides it.
 *
 * @param <N> the notification type of the generated client
 */
@FunctionalInterface
public interface NotificationFactory<N> {

  /**
   * Makes a notification.
   *
   * @param method the JSON-RPC method, such as {@code aria2.onDownloadComplete}
   * @param gid the download's GID
   * @param recovered true if it was reconstructed after a reconnect rather than sent by aria2
   * @return the notification, or empty for a method this version does not know
   */
  Optional<N> create(String method, String gid, boolean recovered);
}
