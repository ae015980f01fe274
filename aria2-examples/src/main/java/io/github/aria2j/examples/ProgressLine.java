package io.github.aria2j.examples;

import java.util.Locale;

/** Renders one download's progress as a line of text: bar, percentage, sizes and speed. */
final class ProgressLine {

  private static final int BAR_WIDTH = 30;
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

  private ProgressLine() {}

  /**
   * Renders the progress.
   *
   * @param completed bytes downloaded
   * @param total total bytes; 0 while aria2 does not know the size yet
   * @param speed bytes per second
   * @return e.g. {@code [#########.....] 31.2%  5.0 MiB / 16.0 MiB  4.0 MiB/s}
   */
  static String render(long completed, long total, long speed) {
    String sizes = bytes(completed) + " / " + (total > 0 ? bytes(total) : "?");
    String rate = bytes(speed) + "/s";
    if (total <= 0) {
      return "[" + ".".repeat(BAR_WIDTH) + "]    ?   " + sizes + "  " + rate;
    }
    double fraction = Math.min(1.0, (double) completed / total);
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    return "["
        + "#".repeat(filled)
        + ".".repeat(BAR_WIDTH - filled)
        + "] "
        + String.format(Locale.ROOT, "%5.1f%%", fraction * 100)
        + "  "
        + sizes
        + "  "
        + rate;
  }

  /**
   * Formats a byte count with a binary unit.
   *
   * @param count the bytes
   * @return e.g. {@code 16.0 MiB}
   */
  static String bytes(long count) {
    double value = count;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0
        ? count + " B"
        : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
