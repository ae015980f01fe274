package io.github.aria2j.bench;

import io.github.aria2j.bench.Figure.Unit;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs cases the same way: warm-up runs first (for the JIT), then measured runs, the cases of one
 * group taken in turns so that a change in the machine's load hits all of them alike.
 */
final class Sampler {

  /** A sequential loop runs at least this many calls, even past its duration. */
  private static final int MIN_CALLS = 5;

  /** One run of a case; returns its figure in the case's unit. */
  @FunctionalInterface
  interface Run {
    double run() throws Exception;
  }

  /** One call of a sequential loop. */
  @FunctionalInterface
  interface Call {
    void call() throws Exception;
  }

  /**
   * A case to measure.
   *
   * @param label its name in the table
   * @param unit what a run returns
   * @param warmUp a run whose figure is thrown away
   * @param warmUps how many warm-up runs; negative: the sampler's default
   * @param run a measured run
   */
  record Case(String label, Unit unit, Run warmUp, int warmUps, Run run) {

    /** A case whose warm-up runs are ordinary runs, as many as the sampler's default. */
    static Case of(String label, Unit unit, Run run) {
      return new Case(label, unit, run, -1, run);
    }
  }

  private final int warmUps;
  private final int runs;

  Sampler(int warmUps, int runs) {
    this.warmUps = warmUps;
    this.runs = runs;
  }

  /**
   * Warms up every case, then runs them in turns, {@code runs} times each: put each client case
   * right after its raw limit, so that both see nearly the same load.
   *
   * @return the figure of each case
   */
  Map<Case, Figure> measure(List<Case> cases) throws Exception {
    for (Case c : cases) {
      progress("warming up: " + c.label());
      int count = c.warmUps() < 0 ? warmUps : c.warmUps();
      for (int i = 0; i < count; i++) {
        c.warmUp().run();
      }
    }
    double[][] samples = new double[cases.size()][runs];
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        progress("run " + (r + 1) + "/" + runs + ": " + c.label());
        samples[i][r] = c.run().run();
      }
    }
    Map<Case, Figure> figures = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      figures.put(c, new Figure(c.label(), c.unit(), samples[i], ""));
    }
    return figures;
  }

  /** Calls {@code call} one call after the other for {@code duration}; returns calls per second. */
  static double callsPerSecond(Duration duration, Call call) throws Exception {
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long calls = 0;
    long now;
    do {
      call.call();
      calls++;
      now = System.nanoTime();
    } while (now < end || calls < MIN_CALLS);
    return calls * 1e9 / (now - start);
  }

  /** Calls {@code call} one call after the other for {@code duration}; returns ms per call. */
  static double msPerCall(Duration duration, Call call) throws Exception {
    return 1000 / callsPerSecond(duration, call);
  }

  /** Times one batch of {@code count} calls made by {@code batch}; returns calls per second. */
  static double callsPerSecond(int count, Call batch) throws Exception {
    long start = System.nanoTime();
    batch.call();
    return count * 1e9 / (System.nanoTime() - start);
  }

  private static void progress(String line) {
    System.err.println("  " + line);
  }
}
