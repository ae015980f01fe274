#!/usr/bin/env bash
# The project's main job: builds every module (the client is generated from the schema on the way),
# installs the artifacts into the local Maven repository, then downloads a file through an aria2c that
# it starts and stops itself, showing progress, and prints where the file is.
#
#   scripts/run.sh                       # downloads a file it serves itself on loopback (works offline)
#   scripts/run.sh https://example.org/file.iso --dir /tmp/downloads
#
# Tests are skipped here; scripts/test.sh runs them. Installs aria2 (apt-get) when aria2c is missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/lib/prerequisites.sh
source scripts/lib/prerequisites.sh

echo "Building and installing the modules (./mvnw -DskipTests install) ..."
./mvnw -B -ntp -q -DskipTests install

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' aria2-examples/pom.xml | head -n 1)"
echo
exec "$java_cmd" -cp "aria2-examples/target/aria2-examples-$version.jar:aria2-examples/target/lib/*" \
  io.github.aria2j.examples.Download "$@"
