/**
 * Runs a private aria2c for this JVM: {@link io.github.aria2j.runtime.daemon.ManagedAria2}.
 *
 * <p>The launcher finds the executable, starts it on a free loopback port with a random secret,
 * waits until its RPC server answers, and stops it on {@code close()}, when the JVM shuts down,
 * or (through aria2's {@code --stop-with-process}) when the JVM dies without shutting down. A
 * start that fails raises an {@link io.github.aria2j.runtime.daemon.Aria2LaunchException} that
 * says why and shows the end of aria2c's output.
 */
package io.github.aria2j.runtime.daemon;
