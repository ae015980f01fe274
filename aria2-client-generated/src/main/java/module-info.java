/**
 * The typed aria2 client: {@code Aria2Client} (blocking) and {@code Aria2AsyncClient}
 * (non-blocking) with every RPC method of aria2, the records and enums of its replies, and its
 * notifications.
 *
 * <p>The sources are generated from the aria2 schema. The codecs that read and write the records
 * live in an internal package that is not exported.
 */
module io.github.aria2j.client {
  requires transitive io.github.aria2j.options;
  requires transitive io.github.aria2j.runtime;
  requires static transitive org.jspecify;

  exports io.github.aria2j.client;
  exports io.github.aria2j.model;
  exports io.github.aria2j.notification;
}
