package io.github.aria2j.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP/1.1 file server for tests: downloads that never leave the machine.
 *
 * <pre>{@code
 * try (TestFileServer files = TestFileServer.start()) {
 *   ServedFile file = files.addRandom("data.bin", 1 << 20);
 *   files.slow("data.bin", 256 * 1024);          // 256 KiB/s: stays active for four seconds
 *   files.failWith("data.bin", 503, 1);          // the first request fails, the retry works
 *   String gid = aria2.addUri(List.of(file.uri().toString()));
 * }
 * }</pre>
 *
 * <p>It serves registered files to GET and HEAD with {@code Content-Length} and single {@code
 * Range} requests (206; 416 when unsatisfiable), answers 404 for other names, and logs every
 * request for assertions ({@link #requests()}). Per name it can send slowly (a fixed number of
 * bytes per second), answer with an error status, or cut the connection after some bytes of the
 * body; failures can be limited to the next few requests, so that a client's retry succeeds.
 * Thread-safe.
 */
public final class TestFileServer implements AutoCloseable {

  /** A failure injected for a name: a status, or a connection cut after some bytes. */
  private static final class Fault {
    private final int status;
    private final long cutAfter;
    private int remaining;

    Fault(int status, long cutAfter, int times) {
      this.status = status;
      this.cutAfter = cutAfter;
      this.remaining = times;
    }
  }

  private final Map<String, ServedFile> files = new ConcurrentHashMap<>();
  private final Map<String, Integer> rates = new ConcurrentHashMap<>();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final List<FileRequest> requests = new CopyOnWriteArrayList<>();
  private final LoopbackServer server;

  private TestFileServer() {
    // Last: the maps above are ready before the first request can arrive.
    this.server = LoopbackServer.start("aria2j-test-file-server", this::handle);
  }

  /**
   * Starts a server on a free port of 127.0.0.1.
   *
   * @return the running server; close it when done
   * @throws java.io.UncheckedIOException if no port can be bound
   */
  public static TestFileServer start() {
    return new TestFileServer();
  }

  /**
   * Serves {@code content} under {@code name}, replacing a file of that name.
   *
   * @param name the file's path on the server without a leading {@code /}, such as {@code
   *     file.bin} or {@code dir/file.bin}
   * @param content the bytes to serve; copied
   * @return the served file, with its URI
   * @throws IllegalArgumentException if the name is empty, starts with {@code /} or has an empty
   *     path segment
   */
  public ServedFile add(String name, byte[] content) {
    Objects.requireNonNull(content, "content");
    ServedFile file = new ServedFile(checkName(name), uri(name), content);
    files.put(name, file);
    return file;
  }

  /**
   * Serves {@code size} pseudo-random bytes under {@code name}; the same name and size always
   * give the same bytes.
   *
   * @param name the file's path on the server, as for {@link #add}
   * @param size the number of bytes, at least 0
   * @return the served file, with its URI and content
   * @throws IllegalArgumentException if the name is malformed or the size negative
   */
  public ServedFile addRandom(String name, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    byte[] content = new byte[size];
    new Random(checkName(name).hashCode() * 31L + size).nextBytes(content);
    return add(name, content);
  }

  /**
   * Returns the URI of a name, served or not; one that is not served answers 404.
   *
   * @param name the file's path on the server, without a leading {@code /}
   * @return for example {@code http://127.0.0.1:40123/file.bin}, path segments percent-encoded
   */
  public URI uri(String name) {
    try {
      return new URI("http", null, "127.0.0.1", server.port(), "/" + checkName(name), null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + name + "' cannot be a URI path: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the server's base URI.
   *
   * @return {@code http://127.0.0.1:<port>/}
   */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return server.port();
  }

  /**
   * Sends the bodies of {@code name} at a fixed rate, so that its download stays active long
   * enough to be paused, inspected or changed.
   *
   * @param name the file's name
   * @param bytesPerSecond the rate, or 0 for full speed again
   * @return this server
   * @throws IllegalArgumentException if the rate is negative
   */
  public TestFileServer slow(String name, int bytesPerSecond) {
    if (bytesPerSecond < 0) {
      throw new IllegalArgumentException("bytesPerSecond must not be negative: " + bytesPerSecond);
    }
    rates.put(checkName(name), bytesPerSecond);
    return this;
  }

  /**
   * Answers every request for {@code name} with {@code status} and a short text body, until
   * {@link #heal(String)}; works for names that are not served too.
   *
   * @param name the file's name
   * @param status an HTTP status, such as 404, 500 or 503
   * @return this server
   * @throws IllegalArgumentException if the status is not between 100 and 599
   */
  public TestFileServer failWith(String name, int status) {
    return failWith(name, status, -1);
  }

  /**
   * Answers the next {@code times} requests for {@code name} with {@code status}; later ones are
   * served normally. Failures queue up in the order they are added.
   *
   * @param name the file's name
   * @param status an HTTP status, such as 500 or 503
   * @param times how many requests fail, at least 1; -1 for all of them
   * @return this server
   * @throws IllegalArgumentException if the status is not between 100 and 599, or times is 0 or
   *     below -1
   */
  public TestFileServer failWith(String name, int status, int times) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    return addFault(name, new Fault(status, -1, checkTimes(times)));
  }

  /**
   * Closes the connection after {@code bytes} bytes of each answer's body for {@code name}, until
   * {@link #heal(String)}: the headers announce the whole length, so the client sees a transfer
   * broken in the middle.
   *
   * @param name the file's name
   * @param bytes how many body bytes to send first, at least 0
   * @return this server
   * @throws IllegalArgumentException if {@code bytes} is negative
   */
  public TestFileServer closeAfter(String name, long bytes) {
    return closeAfter(name, bytes, -1);
  }

  /**
   * Closes the connection after {@code bytes} bytes of the body for the next {@code times}
   * requests for {@code name}; later ones are served whole.
   *
   * @param name the file's name
   * @param bytes how many body bytes to send first, at least 0
   * @param times how many requests are cut, at least 1; -1 for all of them
   * @return this server
   * @throws IllegalArgumentException if {@code bytes} is negative, or times is 0 or below -1
   */
  public TestFileServer closeAfter(String name, long bytes, int times) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative: " + bytes);
    }
    return addFault(name, new Fault(0, bytes, checkTimes(times)));
  }

  /**
   * Removes the failures and the rate limit set for {@code name}; the file stays served.
   *
   * @param name the file's name
   * @return this server
   */
  public TestFileServer heal(String name) {
    faults.remove(checkName(name));
    rates.remove(name);
    return this;
  }

  /**
   * Returns every request received so far, oldest first.
   *
   * @return an immutable copy of the log
   */
  public List<FileRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * Returns the requests for one name so far, oldest first.
   *
   * @param name the file's name
   * @return an immutable list
   */
  public List<FileRequest> requests(String name) {
    return requests.stream().filter(request -> request.name().equals(name)).toList();
  }

  /** Empties the request log. */
  public void clearRequests() {
    requests.clear();
  }

  /** Stops the server and drops every open connection; calling it again does nothing. */
  @Override
  public void close() {
    server.close();
  }

  /**
   * Describes the server.
   *
   * @return for example {@code TestFileServer{http://127.0.0.1:40123/, files=2}}
   */
  @Override
  public String toString() {
    return "TestFileServer{" + baseUri() + ", files=" + files.size() + "}";
  }

  private TestFileServer addFault(String name, Fault fault) {
    Deque<Fault> queue = faults.computeIfAbsent(checkName(name), key -> new ArrayDeque<>());
    synchronized (queue) {
      queue.addLast(fault);
    }
    return this;
  }

  private static int checkTimes(int times) {
    if (times == 0 || times < -1) {
      throw new IllegalArgumentException("times must be at least 1, or -1 for always: " + times);
    }
    return times;
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.startsWith("/") || name.contains("//") || name.endsWith("/")) {
      throw new IllegalArgumentException(
          "a file name is a path without leading, trailing or doubled '/': '" + name + "'");
    }
    return name;
  }

  /** Takes the next failure for a name, or {@code null} when none is pending. */
  private Fault nextFault(String name) {
    Deque<Fault> queue = faults.get(name);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      Fault fault = queue.peekFirst();
      if (fault != null && fault.remaining > 0 && --fault.remaining == 0) {
        queue.removeFirst();
      }
      return fault;
    }
  }

  private boolean handle(HttpWire.Request request, LoopbackServer.Connection connection)
      throws IOException {
    String name = decode(request.path());
    Map<String, List<String>> headers = request.headers();
    String method = request.method();
    Fault fault = nextFault(name);
    ServedFile file = files.get(name);
    boolean keepAlive = request.keepAlive();
    if (fault != null && fault.status != 0) {
      requests.add(new FileRequest(method, name, headers, fault.status));
      HttpWire.writeText(connection.out(), fault.status, "injected failure\n", keepAlive);
      return true;
    }
    boolean head = method.equals("HEAD");
    if (file == null || !(head || method.equals("GET"))) {
      int status = file == null ? 404 : 405;
      requests.add(new FileRequest(method, name, headers, status));
      HttpWire.writeText(connection.out(), status, "no such file: /" + name + "\n", keepAlive);
      return true;
    }
    FileResponse response = FileResponse.plan(request.header("Range"), file.bytes(), head);
    requests.add(new FileRequest(method, name, headers, response.status()));
    long cutAfter = fault == null ? -1 : fault.cutAfter;
    boolean whole =
        response.write(connection.out(), keepAlive, rates.getOrDefault(name, 0), cutAfter);
    if (!whole) {
      connection.out().flush();
      connection.drop();
      return false;
    }
    return true;
  }

  private static String decode(String rawPath) {
    String path;
    try {
      path = URI.create(rawPath).getPath(); // percent-decoded
    } catch (IllegalArgumentException malformed) {
      path = rawPath;
    }
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
