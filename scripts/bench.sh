#!/usr/bin/env bash
# The client benchmark: measures the generated client against the raw limits of one local aria2c
# (wrk over HTTP, bare JDK HttpClient and WebSocket loops) and prints a table with the ratio and
# the target of each case. A harness, not a test: it reports "below target", it never fails on a
# figure. The table also goes to benchmarks/target/client-benchmark.txt.
#
#   scripts/bench.sh                     # about two minutes after the build
#   scripts/bench.sh --runs 9            # more measured runs per case (default 7, of 1 s each)
#
# Options after the script name go to io.github.aria2j.bench.ClientBenchmark:
#   --runs N  --seconds S  --warm-ups N  --out FILE  --wrk PATH
# Builds only the modules the benchmark needs (-DskipTests, nothing installed). Installs wrk and
# aria2 (apt-get) when they are missing. Figures depend on the machine's load: run it on a quiet
# machine, and compare runs made under the same conditions.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/lib/prerequisites.sh
source scripts/lib/prerequisites.sh

# --- wrk (the raw HTTP limit) ---------------------------------------------------------------
require_tool wrk wrk "it measures aria2's raw HTTP rate"
echo "Using $(wrk -v 2>&1 | head -n 1 | sed 's/ *Copyright.*//') at $(command -v wrk)"

echo "Building the benchmark and the modules it needs (./mvnw -pl benchmarks -am -DskipTests package) ..."
./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' benchmarks/pom.xml | head -n 1)"
echo "Load before the run: $(uptime)"
echo
exec "$java_cmd" -cp "benchmarks/target/aria2-benchmarks-$version.jar:benchmarks/target/lib/*" \
  io.github.aria2j.bench.ClientBenchmark --wrk "$(command -v wrk)" "$@"
