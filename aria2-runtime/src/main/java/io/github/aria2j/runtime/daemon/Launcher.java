package io.github.aria2j.runtime.daemon;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.daemon.Aria2LaunchException.Reason;
import io.github.aria2j.runtime.daemon.ReadinessProbe.Outcome;
import io.github.aria2j.runtime.internal.Durations;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Starts aria2c and waits until it answers, retrying with another port if one is taken. */
final class Launcher {

  /** What to start; built by {@link ManagedAria2.Builder}. */
  record Spec(
      Path executable,
      Path downloadDir,
      Map<String, String> options,
      Duration startTimeout,
      Duration stopTimeout,
      IntSupplier ports,
      boolean fixedPort,
      Supplier<Secret> secrets,
      System.Logger logger) {}

  /** The first try and up to three retries when another process takes the port first. */
  static final int MAX_ATTEMPTS = 4;

  /** Lines of aria2c's output quoted in an exception message; {@code output()} has more. */
  private static final int MESSAGE_LINES = 40;

  /** How long to wait for the output of an exited aria2c to be read to its end. */
  private static final Duration OUTPUT_GRACE = Duration.ofSeconds(1);

  private final Spec spec;
  private final System.Logger logger;

  Launcher(Spec spec) {
    this.spec = spec;
    this.logger = spec.logger();
  }

  /**
   * Picks a free port on 127.0.0.1. Another process may take it before aria2c binds it; aria2c
   * then says so and the launcher retries.
   */
  static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new Aria2LaunchException(
          Reason.START_FAILED, "could not find a free port on 127.0.0.1: " + e, null, null, e);
    }
  }

  /** Loopback by address, not by name: "localhost" may resolve to ::1 first. */
  static URI endpoint(String scheme, int port) {
    return URI.create(scheme + "://127.0.0.1:" + port + "/jsonrpc");
  }

  ManagedAria2 launch() {
    Path executable = ExecutableLookup.fromEnvironment(spec.executable()).find();
    Path downloadDir = prepare(spec.downloadDir());
    Secret secret = spec.secrets().get();
    List<Integer> takenPorts = new ArrayList<>();
    String lastOutput = "";
    String lastCommand = "";
    // Another port is no help to whoever asked for this one.
    int attempts = spec.fixedPort() ? 1 : MAX_ATTEMPTS;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      int port = spec.ports().getAsInt();
      Attempt result = attempt(executable, downloadDir, secret, port);
      if (result.daemon() != null) {
        ManagedAria2 daemon = result.daemon();
        logger.log(
            Level.INFO,
            () ->
                "aria2c started: pid "
                    + daemon.pid()
                    + ", "
                    + daemon.httpEndpoint()
                    + ", download directory "
                    + daemon.downloadDir());
        return daemon;
      }
      takenPorts.add(port);
      lastOutput = result.output();
      lastCommand = result.command();
      int next = attempt + 1;
      logger.log(
          Level.DEBUG,
          () ->
              "aria2c could not listen on 127.0.0.1:"
                  + port
                  + ", another process holds it"
                  + (next <= attempts ? "; trying another port (attempt " + next + ")" : ""));
    }
    throw new Aria2LaunchException(
        Reason.PORT_IN_USE,
        (spec.fixedPort()
                ? "aria2c could not listen on 127.0.0.1:" + takenPorts.get(0)
                    + ": another process holds that port."
                : "aria2c could not listen on 127.0.0.1: other processes held each of the "
                    + attempts
                    + " ports tried "
                    + takenPorts
                    + ".")
            + details(lastOutput, lastCommand),
        lastOutput,
        null,
        null);
  }

  /** One start: a running daemon, or (port taken) the output and command line of the try. */
  private record Attempt(ManagedAria2 daemon, String output, String command) {}

  private Attempt attempt(Path executable, Path downloadDir, Secret secret, int port) {
    SecretFile secretFile;
    try {
      secretFile = SecretFile.write(secret);
    } catch (IOException e) {
      throw new Aria2LaunchException(
          Reason.START_FAILED,
          "could not write aria2c's temporary configuration file: " + e,
          null,
          null,
          e);
    }
    try (secretFile) {
      CommandLine command =
          new CommandLine(executable, port, secretFile.path(), downloadDir, spec.options());
      String described = command.describe();
      logger.log(Level.DEBUG, () -> "starting " + described);
      Process process = start(command);
      OutputTail output;
      boolean handedOver = false;
      try {
        output =
            OutputTail.drain(
                process.getInputStream(), "aria2c-output-" + process.pid(), secret.value());
        if (await(process, output, port, secret, described) == Outcome.READY) {
          ManagedAria2 daemon =
              new ManagedAria2(
                  process, port, secret, downloadDir, output, spec.stopTimeout(), logger);
          handedOver = true;
          return new Attempt(daemon, "", described);
        }
      } finally {
        if (!handedOver) {
          ProcessReaper.stop(process, spec.stopTimeout());
        }
      }
      output.awaitEnd(OUTPUT_GRACE);
      return new Attempt(null, output.last(MESSAGE_LINES), described);
    }
  }

  private Process start(CommandLine command) {
    Process process;
    try {
      process = new ProcessBuilder(command.arguments()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new Aria2LaunchException(
          Reason.START_FAILED,
          "could not run " + command.arguments().get(0) + ": " + e.getMessage(),
          null,
          null,
          e);
    }
    ProcessReaper.register(process);
    try {
      process.getOutputStream().close(); // aria2c must never wait for input
    } catch (IOException ignored) {
      // Nothing reads aria2c's stdin anyway.
    }
    return process;
  }

  /**
   * Waits for the RPC server.
   *
   * @return {@link Outcome#READY} or {@link Outcome#PORT_TAKEN}; the other outcomes throw
   */
  private Outcome await(
      Process process, OutputTail output, int port, Secret secret, String command) {
    URI endpoint = endpoint("http", port);
    ReadinessProbe probe = new ReadinessProbe(endpoint, secret);
    Outcome outcome;
    try {
      outcome = probe.await(process, output, spec.startTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller stops aria2c
      throw new Aria2LaunchException(
          Reason.START_FAILED,
          "interrupted while waiting for aria2c to answer; it was stopped",
          output.text(),
          null,
          e);
    }
    if (outcome == Outcome.READY || outcome == Outcome.PORT_TAKEN) {
      return outcome;
    }
    if (outcome == Outcome.EXITED) {
      output.awaitEnd(OUTPUT_GRACE);
      if (output.contains(ReadinessProbe.IPV4_BIND_FAILURE)) {
        return Outcome.PORT_TAKEN;
      }
      int exitCode = process.exitValue();
      throw new Aria2LaunchException(
          Reason.EXITED_EARLY,
          "aria2c exited with code "
              + exitCode
              + " before its RPC server answered."
              + details(output.last(MESSAGE_LINES), command),
          output.text(),
          exitCode,
          null);
    }
    // Stopped before the message is built, so that its last words are in it.
    ProcessReaper.stop(process, spec.stopTimeout());
    output.awaitEnd(OUTPUT_GRACE);
    throw new Aria2LaunchException(
        Reason.NOT_ANSWERING,
        "aria2c (pid "
            + process.pid()
            + ") did not answer aria2.getVersion at "
            + endpoint
            + " within "
            + Durations.describe(spec.startTimeout())
            + " (last attempt: "
            + probe.lastProblem()
            + "), so it was stopped."
            + details(output.last(MESSAGE_LINES), command),
        output.text(),
        null,
        null);
  }

  private static String details(String output, String command) {
    return "\naria2c's last output:\n"
        + (output.isEmpty() ? "(none)" : output)
        + "\nCommand line: "
        + command;
  }

  /** Resolves the download directory and creates it if missing. */
  private static Path prepare(Path downloadDir) {
    // aria2c's own default is its working directory, which it inherits from this JVM.
    Path dir = (downloadDir == null ? Path.of("") : downloadDir).toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new Aria2LaunchException(
          Reason.START_FAILED,
          "could not create the download directory " + dir + ": " + e,
          null,
          null,
          e);
    }
    return dir;
  }
}
