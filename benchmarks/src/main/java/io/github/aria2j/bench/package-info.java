/**
 * The client benchmark: the generated aria2j client measured against the raw limits of one local
 * aria2c (wrk, bare JDK HttpClient and WebSocket loops). A harness that prints figures, not a
 * test; {@code scripts/bench.sh} runs {@link io.github.aria2j.bench.ClientBenchmark}.
 */
package io.github.aria2j.bench;
