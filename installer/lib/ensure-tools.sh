# Sourced by the installer scripts: makes sure a JDK 17+ and Maven are on this machine,
# installing them from Debian's packages when they are missing.
ensure_tools() {
  local need=()
  if ! command -v javac >/dev/null 2>&1 || \
     [ "$(javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')" -lt 17 ]; then
    need+=(openjdk-17-jdk-headless)
  fi
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  command -v unshare >/dev/null 2>&1 || need+=(util-linux)
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} ..."
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
  fi
}
ensure_tools
