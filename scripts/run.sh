#!/usr/bin/env bash
# The project's main job: builds every module and installs it into the local Maven repository
# (aria2-options and aria2-client-generated are generated from the schema on the way), then says what
# was built.
# Tests are skipped here; scripts/test.sh runs them. Extra arguments are passed to Maven.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

./mvnw -B -ntp -DskipTests install "$@"

echo
echo "Built:"
shopt -s nullglob
for module in schema aria2-codegen-maven-plugin aria2-options aria2-client-generated integration-tests; do
  for jar in "$module"/target/*.jar; do
    echo "  $jar"
  done
done

schema_json=schema/aria2-rpc.json
if [[ -f "$schema_json" ]]; then
  echo
  echo "Schema $schema_json (entries per top-level section):"
  java scripts/SchemaSummary.java "$schema_json"
else
  echo
  echo "No $schema_json yet."
fi
