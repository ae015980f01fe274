#!/usr/bin/env bash
# Runs every test of the project, including the integration tests against a real aria2c.
# Installs aria2 (apt-get) when aria2c is missing. Extra arguments are passed to Maven,
# e.g. scripts/test.sh -pl schema -am
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=scripts/lib/prerequisites.sh
source scripts/lib/prerequisites.sh

# --- Build and test everything ---------------------------------------------------------------
# -Prelease also builds the sources and Javadoc jars, with Javadoc warnings as errors.
exec ./mvnw -B -ntp -Prelease verify "$@"
