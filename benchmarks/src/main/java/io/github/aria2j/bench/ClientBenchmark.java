package io.github.aria2j.bench;

import io.github.aria2j.bench.Figure.Unit;
import io.github.aria2j.bench.Sampler.Case;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client benchmark, a harness and not a test: it measures the generated client against the
 * raw limits of one local aria2c and prints a table; it never fails on a figure.
 *
 * <p>One aria2c is started with {@code ManagedAria2} ({@code max-concurrent-downloads=1}, {@value
 * #WAITING} paused downloads). Raw limits: {@code wrk} over HTTP with one and with eight
 * connections, the JDK's {@code HttpClient} posting a fixed body, and a bare JDK WebSocket, one
 * call after the other and with {@value #IN_FLIGHT} calls in flight. Client cases: sequential
 * {@code getVersion} over WebSocket and over HTTP, {@value #IN_FLIGHT} async calls in flight on
 * one WebSocket, and {@code tellWaiting(0, }{@value #WAITING}{@code )} decoded into records,
 * whole and with a four-key projection, against wrk's time for the same request bodies. For
 * comparison, without a target: the sequential WebSocket client against the bare JDK WebSocket
 * loop, both tellWaiting cases against a bare JDK HttpClient posting the same bodies, and
 * tellWaiting over WebSocket.
 *
 * <p>Every case is warmed up first, then measured several times, the cases of a group in turns;
 * the table shows medians, the ratio to the raw limit and the target from the issue, marked
 * "meets target" or "below target". The report also goes to {@code client-benchmark.txt} in the
 * module's build directory. Figures depend on the machine's load, which the report records.
 *
 * <p>Run with {@code scripts/bench.sh}, or {@code java -cp <jar>:<lib/*> ClientBenchmark
 * [--runs N] [--seconds S] [--warm-ups N] [--out FILE] [--wrk PATH]}.
 */
public final class ClientBenchmark {

  static final int WAITING = 2000;
  static final int IN_FLIGHT = 20_000;
  private static final int IN_FLIGHT_WARM_UPS = 3;

  private final int runs;
  private final int seconds;
  private final int warmUps;
  private final Path out;
  private final String wrk;

  private ClientBenchmark(int runs, int seconds, int warmUps, Path out, String wrk) {
    this.runs = runs;
    this.seconds = seconds;
    this.warmUps = warmUps;
    this.out = out;
    this.wrk = wrk;
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code [--runs N] [--seconds S] [--warm-ups N] [--out FILE] [--wrk PATH]}
   * @throws Exception if aria2c, wrk or a call fails; never because of a figure
   */
  public static void main(String[] args) throws Exception {
    int runs = 7;
    int seconds = 1;
    int warmUps = 2;
    Path out = null;
    String wrk = "wrk";
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--runs" -> runs = count(value, 1);
        case "--seconds" -> seconds = count(value, 1);
        case "--warm-ups" -> warmUps = count(value, 0);
        case "--out" -> out = Path.of(required(value));
        case "--wrk" -> wrk = required(value);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage:"
            + " ClientBenchmark [--runs N] [--seconds S] [--warm-ups N] [--out FILE] [--wrk PATH]");
      }
      i++;
    }
    new ClientBenchmark(runs, seconds, warmUps, out == null ? defaultOut() : out, wrk).run();
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    String loadBefore = load();
    Duration duration = Duration.ofSeconds(seconds);
    Sampler sampler = new Sampler(warmUps, runs);
    ResultTable table = new ResultTable();
    System.err.println("starting aria2c and adding " + WAITING + " paused downloads ...");
    try (Aria2Fixture aria2 = Aria2Fixture.start(WAITING)) {
      RequestBodies bodies = new RequestBodies(aria2.secret());
      WrkRunner wrkRunner = new WrkRunner(wrk, aria2.httpEndpoint());
      table.header("aria2j client benchmark: aria2 " + aria2.version() + ", Java "
          + Runtime.version() + ", " + wrkRunner.version() + ", "
          + Runtime.getRuntime().availableProcessors() + " CPUs");
      try (BareJdkLoops bare = new BareJdkLoops(aria2, bodies, IN_FLIGHT, duration);
          ClientCases client = new ClientCases(aria2, IN_FLIGHT, WAITING, duration);
          WrkRunner.Script getVersion = wrkRunner.script(bodies.getVersion(1));
          WrkRunner.Script whole = wrkRunner.script(bodies.tellWaiting(0, WAITING));
          WrkRunner.Script projected =
              wrkRunner.script(bodies.tellWaiting(0, WAITING, ClientCases.PROJECTION))) {
        bare.check();
        measureGetVersion(sampler, table, wrkRunner, getVersion, bare, client);
        measureTellWaiting(sampler, table, wrkRunner, whole, projected, bodies, bare, client);
      }
    }
    table.header("load average (1/5/15 min): " + loadBefore + " at the start, " + load()
        + " at the end; the machine's load moves these figures");
    table.header(String.format(Locale.ROOT, "each case: %d warm-up runs (wrk: 1; in flight: %d"
        + " batches), then %d measured runs of %d s (in flight: one batch of %d calls), in turns,"
        + " each client case right after its raw limit; figures are medians; the run took %d s",
        warmUps, warmUps * IN_FLIGHT_WARM_UPS, runs, seconds, IN_FLIGHT,
        Duration.ofNanos(System.nanoTime() - started).toSeconds()));
    String report = table.render();
    System.out.println();
    System.out.print(report);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("\nwritten to " + out);
  }

  /** getVersion one call after the other, then many calls in flight on one WebSocket. */
  private void measureGetVersion(Sampler sampler, ResultTable table, WrkRunner wrkRunner,
      WrkRunner.Script getVersion, BareJdkLoops bare, ClientCases client) throws Exception {
    Case wrkOne = wrkCase(wrkRunner, "wrk HTTP getVersion, 1 connection (-t1 -c1)", getVersion, 1,
        1, Unit.CALLS_PER_SECOND);
    Case wrkEight = wrkCase(wrkRunner, "wrk HTTP getVersion, 8 connections (-t2 -c8)", getVersion,
        2, 8, Unit.CALLS_PER_SECOND);
    Case bareHttp = bare.httpSequential();
    Case bareWs = bare.webSocketSequential();
    Case clientWs = client.webSocketSequential();
    Case clientHttp = client.httpSequential();
    System.err.println("getVersion, one call after the other:");
    Map<Case, Figure> seq = sampler.measure(
        List.of(wrkOne, clientWs, bareWs, bareHttp, clientHttp, wrkEight));

    Case bareInFlight = repeatWarmUp(bare.webSocketInFlight());
    Case clientInFlight = repeatWarmUp(client.webSocketInFlight());
    System.err.println("getVersion, " + IN_FLIGHT + " calls in flight on one WebSocket:");
    Map<Case, Figure> inFlight = sampler.measure(List.of(bareInFlight, clientInFlight));

    List.of(wrkOne, wrkEight, bareHttp, bareWs).forEach(c -> table.limit(seq.get(c)));
    table.limit(inFlight.get(bareInFlight));
    table.compare(seq.get(clientWs), seq.get(wrkOne), "wrk -t1 -c1", 0.80);
    table.compare(seq.get(clientHttp), seq.get(bareHttp), "bare JDK HTTP loop", 0.90);
    table.compare(inFlight.get(clientInFlight), inFlight.get(bareInFlight), "bare JDK WebSocket",
        0.80);
    table.compare(seq.get(clientWs), seq.get(bareWs), "bare JDK WebSocket loop", Double.NaN);
  }

  /** tellWaiting(0, WAITING), whole and projected, against wrk and a bare JDK HttpClient. */
  private void measureTellWaiting(Sampler sampler, ResultTable table, WrkRunner wrkRunner,
      WrkRunner.Script whole, WrkRunner.Script projected, RequestBodies bodies, BareJdkLoops bare,
      ClientCases client) throws Exception {
    String call = "tellWaiting(0," + WAITING;
    Case wrkWhole = wrkCase(wrkRunner, "wrk HTTP " + call + ") (-t1 -c1)", whole, 1, 1,
        Unit.MS_PER_CALL);
    Case wrkProjected = wrkCase(wrkRunner, "wrk HTTP " + call + ", 4 keys) (-t1 -c1)", projected,
        1, 1, Unit.MS_PER_CALL);
    Case bareWhole = bare.httpSequential("bare JDK HttpClient " + call + "), bytes",
        bodies.tellWaiting(0, WAITING));
    Case bareProjected = bare.httpSequential("bare JDK HttpClient " + call + ", 4 keys), bytes",
        bodies.tellWaiting(0, WAITING, ClientCases.PROJECTION));
    Case clientWhole = client.tellWaiting();
    Case clientProjected = client.tellWaitingProjected();
    Case clientWs = client.tellWaitingOverWebSocket();
    System.err.println(call + "):");
    Map<Case, Figure> f = sampler.measure(List.of(wrkWhole, clientWhole, bareWhole, wrkProjected,
        clientProjected, bareProjected, clientWs));

    List.of(wrkWhole, wrkProjected, bareWhole, bareProjected).forEach(c -> table.limit(f.get(c)));
    table.compare(f.get(clientWhole), f.get(wrkWhole), "wrk -c1, same body", 1.10);
    table.compare(f.get(clientProjected), f.get(wrkProjected), "wrk -c1, same body", 1.10);
    table.compare(f.get(clientWhole), f.get(bareWhole), "bare JDK HttpClient", Double.NaN);
    table.compare(f.get(clientProjected), f.get(bareProjected), "bare JDK HttpClient",
        Double.NaN);
    table.extra(f.get(clientWs));
  }

  /** A wrk case; one one-second warm-up run (wrk has no JIT; aria2 needs no more). */
  private Case wrkCase(WrkRunner runner, String label, WrkRunner.Script script, int threads,
      int connections, Unit unit) {
    Sampler.Run warmUp = () -> figure(runner.run(script, threads, connections, 1), unit);
    Sampler.Run run = () -> {
      WrkRunner.Result result = runner.run(script, threads, connections, seconds);
      if (result.errors() > 0) {
        throw new IllegalStateException(label + ": wrk counted " + result.errors()
            + " errors (socket errors or non-2xx replies) in " + result.requests() + " requests");
      }
      return figure(result, unit);
    };
    return new Case(label, unit, warmUp, 1, run);
  }

  private static double figure(WrkRunner.Result result, Unit unit) {
    return unit == Unit.CALLS_PER_SECOND ? result.callsPerSecond() : result.msPerCall();
  }

  /** The in-flight cases run a few batches per warm-up: one batch is too short for the JIT. */
  private static Case repeatWarmUp(Case c) {
    return new Case(c.label(), c.unit(), () -> {
      double last = 0;
      for (int i = 0; i < IN_FLIGHT_WARM_UPS; i++) {
        last = c.warmUp().run();
      }
      return last;
    }, c.warmUps(), c.run());
  }

  /** The 1, 5 and 15 minute load averages. */
  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return one < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", one);
    }
  }

  /** client-benchmark.txt beside this class's jar (or classes directory): the build directory. */
  private static Path defaultOut() throws URISyntaxException {
    Path code = Path.of(ClientBenchmark.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path parent = code.toAbsolutePath().getParent();
    return (parent == null ? Path.of(".") : parent).resolve("client-benchmark.txt");
  }

  private static String required(String value) {
    if (value == null) {
      throw new IllegalArgumentException("an option lacks its value");
    }
    return value;
  }

  private static int count(String value, int minimum) {
    try {
      int n = Integer.parseInt(required(value).trim());
      if (n >= minimum) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("expected a whole number >= " + minimum + ", got '" + value
        + "'");
  }
}
