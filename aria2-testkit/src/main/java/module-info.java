/**
 * Test support for code that uses aria2j; add it with test scope.
 *
 * <ul>
 *   <li>{@link io.github.aria2j.testkit.Aria2Extension}: a JUnit 5 extension that runs a real
 *       aria2c for a test class or method and injects connected clients;
 *   <li>{@link io.github.aria2j.testkit.TestFileServer}: a loopback HTTP file server with Range
 *       requests, slow files and injected failures, for downloads that never leave the machine;
 *   <li>{@link io.github.aria2j.testkit.Torrents} and {@link io.github.aria2j.testkit.Metalinks}:
 *       a web-seeded torrent and a metalink for files on that server;
 *   <li>{@link io.github.aria2j.testkit.FakeAria2}: a fake aria2 (HTTP and WebSocket on one port)
 *       that answers like aria2 from recorded or scripted replies and pushes notifications.
 * </ul>
 */
module io.github.aria2j.testkit {
  requires transitive io.github.aria2j.client;
  requires transitive org.junit.jupiter.api;

  exports io.github.aria2j.testkit;
}
