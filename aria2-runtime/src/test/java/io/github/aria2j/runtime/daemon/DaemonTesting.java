package io.github.aria2j.runtime.daemon;

import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers for the launcher tests: descriptors, fake executables, held ports, a logger. */
final class DaemonTesting {

  /** aria2.getGlobalOption as the generator would describe it. */
  static final RpcMethod<Map<String, String>> GET_GLOBAL_OPTION =
      RpcMethod.of(
          "aria2.getGlobalOption",
          TokenPlacement.REQUIRED,
          ValueReaders.mapOf(ValueReaders.STRING));

  private DaemonTesting() {}

  /** Writes an executable shell script standing in for aria2c. */
  static Path script(Path dir, String name, String body) throws IOException {
    Path script = dir.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    if (!script.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + script + " executable");
    }
    return script;
  }

  /** Whether a process with this pid still runs (after close it is reaped, so gone). */
  static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Listens on {@code port} at 127.0.0.1 and, where the machine has IPv6, at ::1, as a stranger
   * holding aria2c's port would.
   */
  static List<ServerSocket> hold(int port) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    sockets.add(new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")));
    try {
      sockets.add(new ServerSocket(port, 1, InetAddress.getByName("::1")));
    } catch (IOException noIpv6) {
      // aria2c then fails on IPv6 by itself; only 127.0.0.1 matters to the launcher.
    }
    return sockets;
  }

  /** Closes held sockets. */
  static void release(List<ServerSocket> sockets) throws IOException {
    for (ServerSocket socket : sockets) {
      socket.close();
    }
  }

}
