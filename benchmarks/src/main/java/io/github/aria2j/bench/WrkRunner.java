package io.github.aria2j.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code wrk}, the HTTP load generator, POSTing one fixed JSON-RPC body over and over: the
 * raw limit of aria2's HTTP side, with no Java anywhere on the client side.
 *
 * <p>The body goes in a Lua script in a temporary file readable by the owner only (it holds the
 * secret); the script's {@code done} hook prints the exact totals, so no human-readable output
 * is parsed.
 */
final class WrkRunner {

  private static final String MARKER = "ARIA2J-WRK";

  /**
   * The totals of one wrk run.
   *
   * @param requests requests completed
   * @param micros how long the run took
   * @param latencyMicros the mean time from sending a request to its reply
   * @param errors socket errors and non-2xx replies
   */
  record Result(long requests, long micros, double latencyMicros, long errors) {

    double callsPerSecond() {
      return requests * 1e6 / micros;
    }

    /** Wall time per call with one connection: the inverse of the rate, wrk's own gaps included. */
    double msPerCall() {
      return micros / 1000.0 / requests;
    }
  }

  private final String executable;
  private final URI endpoint;

  /**
   * @param executable the wrk command
   * @param endpoint aria2's HTTP endpoint
   */
  WrkRunner(String executable, URI endpoint) {
    this.executable = executable;
    this.endpoint = endpoint;
  }

  /** wrk's version line, such as {@code wrk 4.1.0 [epoll]}. */
  String version() throws IOException, InterruptedException {
    Process process = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    String first = out.lines().findFirst().orElse("wrk");
    return first.replaceAll("\\s+Copyright.*", "");
  }

  /** A script that posts {@code body}; delete it with {@link Script#close()}. */
  Script script(String body) throws IOException {
    if (body.contains("]==]")) {
      throw new IllegalArgumentException("the body would end the Lua string early");
    }
    Path file =
        Files.createTempFile(
            "aria2j-wrk", ".lua",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    String lua =
        "wrk.method = \"POST\"\n"
            + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
            + "wrk.body = [==[" + body + "]==]\n"
            + "done = function(summary, latency, requests)\n"
            + "  local e = summary.errors\n"
            + "  io.write(string.format(\"" + MARKER + " %d %d %.3f %d\\n\", summary.requests,"
            + " summary.duration, latency.mean,"
            + " e.connect + e.read + e.write + e.status + e.timeout))\n"
            + "end\n";
    Files.writeString(file, lua, StandardCharsets.UTF_8);
    return new Script(file);
  }

  /**
   * Runs wrk once.
   *
   * @param script what to post
   * @param threads wrk's {@code -t}
   * @param connections wrk's {@code -c}
   * @param seconds wrk's {@code -d}
   */
  Result run(Script script, int threads, int connections, int seconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable,
        "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
        "-s", script.file().toString(), endpoint.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("wrk failed: " + out.strip());
    }
    return out.lines()
        .filter(line -> line.startsWith(MARKER + " "))
        .map(WrkRunner::parse)
        .findFirst()
        .orElseThrow(() -> new IOException("wrk printed no totals: " + out.strip()));
  }

  private static Result parse(String line) {
    String[] parts = line.trim().split("\\s+");
    Result result = new Result(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
        Double.parseDouble(parts[3]), Long.parseLong(parts[4]));
    if (result.requests() == 0) {
      throw new IllegalStateException("wrk completed no request");
    }
    return result;
  }

  /** A Lua script on disk. */
  record Script(Path file) implements AutoCloseable {

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WrkRunner[%s -> %s]", executable, endpoint);
  }
}
