# Shared by scripts/run.sh and scripts/test.sh (sourced, not run): checks for Java 17+ and installs
# aria2 with apt-get when aria2c is missing.

# --- Java 17+ (the java that ./mvnw will use: $JAVA_HOME/bin/java, else java on PATH) --------
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
else
  java_cmd="$(command -v java || true)"
fi
if [[ -z "$java_cmd" ]]; then
  echo "ERROR: 'java' was not found on PATH. This project needs a JDK 17 or newer." >&2
  exit 1
elif [[ ! -x "$java_cmd" ]]; then
  echo "ERROR: JAVA_HOME is '$JAVA_HOME', but $java_cmd does not exist. This project needs a JDK 17 or newer." >&2
  exit 1
fi
java_version="$("$java_cmd" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
case "$java_version" in
  1.*) java_major="$(echo "$java_version" | cut -d. -f2)" ;;   # 1.8.0_x -> 8
  *)   java_major="$(echo "$java_version" | cut -d. -f1 | cut -d- -f1 | cut -d+ -f1)" ;;
esac
if ! [[ "$java_major" =~ ^[0-9]+$ ]] || (( java_major < 17 )); then
  echo "ERROR: this project needs Java 17 or newer, but $java_cmd is version '${java_version:-unknown}'." >&2
  echo "       Install a JDK 17+ and put it first on PATH (or set JAVA_HOME)." >&2
  exit 1
fi

# --- Tools installed with apt-get when missing ----------------------------------------------
# require_tool COMMAND PACKAGE WHY: makes sure COMMAND is on PATH, installing the Debian PACKAGE with
# apt-get (as root or through sudo) when it is missing; otherwise says how to install it and exits.
require_tool() {
  local command="$1" package="$2" why="$3"
  tool_help() {
    echo "ERROR: $command is required ($why), and it could not be installed automatically." >&2
    echo "       Install it, then run this script again:" >&2
    echo "         Debian/Ubuntu: sudo apt-get install -y $package" >&2
    echo "         Fedora:        sudo dnf install -y $package" >&2
    echo "         macOS:         brew install $package" >&2
  }
  if command -v "$command" >/dev/null 2>&1; then
    return 0
  fi
  echo "$command not found on PATH; installing the '$package' package with apt-get ..."
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not available on this system." >&2
    tool_help
    exit 1
  fi
  local sudo_cmd=""
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo_cmd="sudo"
    else
      echo "Not running as root and 'sudo' is not available." >&2
      tool_help
      exit 1
    fi
  fi
  # shellcheck disable=SC2086 # $sudo_cmd is either empty or "sudo"
  if ! { $sudo_cmd apt-get update && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y "$package"; }; then
    tool_help
    exit 1
  fi
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "The '$package' package was installed, but $command is still not on PATH." >&2
    tool_help
    exit 1
  fi
}

require_tool aria2c aria2 "the demo and the integration tests start it"
echo "Using $(aria2c --version | head -n 1) at $(command -v aria2c)"
