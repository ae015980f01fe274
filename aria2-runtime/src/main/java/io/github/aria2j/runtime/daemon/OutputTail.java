package io.github.aria2j.runtime.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last lines aria2c printed, read from its merged stdout and stderr by a daemon thread.
 *
 * <p>Draining the pipe matters as much as keeping the lines: a child whose output pipe fills up
 * blocks on its next write. Memory stays bounded: at most {@link #MAX_LINES} lines of at most
 * {@link #MAX_LINE_CHARS} characters. Blank lines (aria2c prints many) and terminal escape codes
 * are dropped, and the secret is masked should it ever be printed.
 */
final class OutputTail {

  /** Lines kept. */
  static final int MAX_LINES = 200;

  /** Characters kept of one line; the rest of a longer line is dropped. */
  static final int MAX_LINE_CHARS = 1000;

  private static final Pattern ESCAPE_CODE = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

  private final ArrayDeque<String> lines = new ArrayDeque<>();
  private final String secret;
  private final Thread reader;

  private OutputTail(InputStream output, String threadName, String secret) {
    this.secret = secret;
    this.reader = new Thread(() -> drain(output), threadName);
    reader.setDaemon(true); // never keeps the JVM alive
  }

  /**
   * Starts draining a process's output.
   *
   * @param output the process's merged stdout and stderr
   * @param threadName the reading thread's name
   * @param secret text to mask in every line, or {@code null}
   * @return the tail, filling as the process prints
   */
  static OutputTail drain(InputStream output, String threadName, String secret) {
    OutputTail tail = new OutputTail(output, threadName, secret);
    tail.reader.start();
    return tail;
  }

  private void drain(InputStream output) {
    StringBuilder line = new StringBuilder();
    boolean truncated = false;
    try (Reader in = new InputStreamReader(output, StandardCharsets.UTF_8)) {
      char[] buffer = new char[4096];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          char c = buffer[i];
          if (c == '\n' || c == '\r') {
            add(line.toString());
            line.setLength(0);
            truncated = false;
          } else if (line.length() < MAX_LINE_CHARS) {
            line.append(c);
          } else if (!truncated) {
            line.append(" [...]");
            truncated = true;
          }
        }
      }
    } catch (IOException closed) {
      // The pipe closes when the process is destroyed; what was read so far is kept.
    }
    add(line.toString());
  }

  /**
   * Adds one line, as the reading thread does; visible for tests.
   *
   * @param raw the line without its line break
   */
  void add(String raw) {
    String line = ESCAPE_CODE.matcher(raw).replaceAll("").stripTrailing();
    if (line.isBlank()) {
      return;
    }
    if (secret != null) {
      line = line.replace(secret, "****");
    }
    synchronized (lines) {
      if (lines.size() == MAX_LINES) {
        lines.removeFirst();
      }
      lines.addLast(line);
    }
  }

  /** Returns every line kept, oldest first, joined by {@code \n}. */
  String text() {
    return last(MAX_LINES);
  }

  /** Returns the last {@code count} lines kept, joined by {@code \n}. */
  String last(int count) {
    List<String> copy;
    synchronized (lines) {
      copy = new ArrayList<>(lines);
    }
    return String.join("\n", copy.subList(Math.max(0, copy.size() - count), copy.size()));
  }

  /** Whether a line kept contains {@code fragment}. */
  boolean contains(String fragment) {
    synchronized (lines) {
      for (String line : lines) {
        if (line.contains(fragment)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Waits until the process's output has ended, so that its last words are kept.
   *
   * <p>Bounded: a grandchild (an aria2c hook command) may hold the pipe open after aria2c ends.
   *
   * @param timeout how long to wait at most
   */
  void awaitEnd(Duration timeout) {
    try {
      reader.join(Math.max(1, timeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
