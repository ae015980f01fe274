/**
 * aria2's notifications as events that survive reconnects, connection-state events and
 * download progress.
 *
 * <p>Generated clients extend {@link io.github.aria2j.runtime.events.NotificationEvents} with
 * their own notification types; applications reach it through the client's {@code events()}.
 */
package io.github.aria2j.runtime.events;
