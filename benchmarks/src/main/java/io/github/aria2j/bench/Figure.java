package io.github.aria2j.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The measured runs of one case, summarised by their median.
 *
 * @param label what was measured
 * @param unit what each sample counts
 * @param samples one value per measured run, in run order
 * @param note extra facts about the runs (such as wrk's error count), or empty
 */
record Figure(String label, Unit unit, double[] samples, String note) {

  /** What a sample counts, and which way is better. */
  enum Unit {
    /** Calls per second; higher is better. */
    CALLS_PER_SECOND("calls/s"),
    /** Milliseconds per call; lower is better. */
    MS_PER_CALL("ms/call");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    String symbol() {
      return symbol;
    }

    /** A value in this unit, rounded for the table. */
    String format(double value) {
      return this == CALLS_PER_SECOND
          ? String.format(Locale.ROOT, "%.0f", value)
          : String.format(Locale.ROOT, "%.2f", value);
    }
  }

  Figure {
    samples = samples.clone();
  }

  /** The median of the samples. */
  double median() {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The median with its unit, such as {@code 12345 calls/s}. */
  String formatted() {
    return unit.format(median()) + " " + unit.symbol();
  }

  /** Every sample in run order, for the details below the table. */
  String formattedSamples() {
    return Arrays.stream(samples).mapToObj(unit::format).collect(Collectors.joining(", ", "[", "]"));
  }

  /** The same samples with a note added. */
  Figure withNote(String extra) {
    return new Figure(label, unit, samples, note.isEmpty() ? extra : note + "; " + extra);
  }
}
