package io.github.aria2j.bench;

import io.github.aria2j.bench.Figure.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's report: the raw limits, then each client case beside its raw limit with the
 * ratio and the target from the issue, then every run's figure. Targets are reported, never
 * enforced: on a shared machine a missed target says "look closer", not "broken".
 */
final class ResultTable {

  /**
   * A client case judged against a raw limit.
   *
   * @param client the client's figure
   * @param limit the raw limit's figure, in the same unit
   * @param limitName how the raw limit is named in the table
   * @param target the ratio client / limit to reach: at least this for a rate, at most this
   *     for a time per call; NaN for a comparison without a target
   */
  record Comparison(Figure client, Figure limit, String limitName, double target) {

    double ratio() {
      return client.median() / limit.median();
    }

    boolean hasTarget() {
      return !Double.isNaN(target);
    }

    boolean meetsTarget() {
      return client.unit() == Unit.CALLS_PER_SECOND ? ratio() >= target : ratio() <= target;
    }

    String targetText() {
      if (!hasTarget()) {
        return "-";
      }
      return String.format(Locale.ROOT, client.unit() == Unit.CALLS_PER_SECOND
          ? ">= %.2f" : "<= %.2f", target);
    }

    String verdict() {
      if (!hasTarget()) {
        return "(for comparison)";
      }
      return meetsTarget() ? "meets target" : "below target";
    }
  }

  private final List<String> header = new ArrayList<>();
  private final List<Figure> limits = new ArrayList<>();
  private final List<Comparison> comparisons = new ArrayList<>();
  private final List<Figure> extras = new ArrayList<>();

  /** Adds a line above the table (versions, load, run counts). */
  void header(String line) {
    header.add(line);
  }

  /** Adds a raw limit. */
  void limit(Figure figure) {
    limits.add(figure);
  }

  /** Adds a client case and its target (NaN: shown for comparison, without a verdict). */
  void compare(Figure client, Figure limit, String limitName, double target) {
    if (client.unit() != limit.unit()) {
      throw new IllegalArgumentException(client.label() + " and " + limit.label() + " differ");
    }
    comparisons.add(new Comparison(client, limit, limitName, target));
  }

  /** Adds a figure shown for comparison only, without a target. */
  void extra(Figure figure) {
    extras.add(figure);
  }

  /** The whole report as text. */
  String render() {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append(line).append('\n'));

    out.append("\nRaw limits (no client code; median of the runs)\n");
    List<String[]> rows = new ArrayList<>();
    limits.forEach(f -> rows.add(new String[] {"  " + f.label(), f.formatted()}));
    out.append(columns(rows, "lr"));

    out.append("\nThe client against its raw limit\n");
    rows.clear();
    rows.add(new String[] {"case", "figure", "raw limit", "limit figure", "ratio", "target",
        "verdict"});
    for (Comparison c : comparisons) {
      rows.add(new String[] {c.client().label(), c.client().formatted(), c.limitName(),
          c.limit().formatted(), String.format(Locale.ROOT, "%.2f", c.ratio()), c.targetText(),
          c.verdict()});
    }
    out.append(columns(rows, "lrlrrll"));

    if (!extras.isEmpty()) {
      out.append("\nFor comparison (no target)\n");
      rows.clear();
      extras.forEach(f -> rows.add(new String[] {"  " + f.label(), f.formatted()}));
      out.append(columns(rows, "lr"));
    }

    out.append("\nEvery measured run, in order\n");
    List<Figure> all = new ArrayList<>(limits);
    comparisons.stream().map(Comparison::client).distinct().forEach(all::add);
    all.addAll(extras);
    for (Figure f : all) {
      out.append("  ").append(f.label()).append(": ").append(f.formattedSamples()).append(' ')
          .append(f.unit().symbol());
      if (!f.note().isEmpty()) {
        out.append(" (").append(f.note()).append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Pads cells into columns; {@code align} has one l (left) or r (right) per column. */
  private static String columns(List<String[]> rows, String align) {
    int[] widths = new int[align.length()];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(align.charAt(i) == 'r' ? pad + cell : cell + pad).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
