#!/usr/bin/env bash
# Proves the .deb works on a machine with no network: unpacks it into a fresh root (as dpkg would
# install it, without touching this system), then, inside a network namespace with no interfaces
# (unshare -n) and with the installation mounted read-only, an empty HOME and an empty DJL cache,
# runs the installed 'rendition doctor' and translates samples with the bundled model packs.
# Fails if doctor or a translation fails, if anything tries to open a network connection (strace
# on connect(2) for native code, a security manager for Java), if anything is written to the DJL
# cache, or if the installation would have needed to be writable.
#
#   bash installer/prove-offline.sh [--deb FILE]
#
# Without --deb it builds one with installer/build-installer.sh and the two tiny packs from
# ../shared/models. Needs root (or user namespaces) for unshare -n -m; strace is installed if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
source installer/lib/ensure-tools.sh
ensure_fonts
command -v strace >/dev/null 2>&1 || apt_install strace

deb=""
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$deb" ]; then
  bash installer/build-installer.sh --models ../shared/models/tiny-nllb --models ../shared/models/tiny-marian-zh-en
  deb="$(ls "$repo"/target/installer/rendition_*_amd64.deb | head -1)"
fi
[ -f "$deb" ] || { echo "no package at $deb" >&2; exit 1; }

work="$(mktemp -d /tmp/rendition-offline.XXXXXX)"
trap 'rm -rf "$work"' EXIT
root="$work/root" home="$work/home" cache="$work/djl-cache" guard="$work/guard"
mkdir -p "$root" "$home" "$cache" "$guard"
chmod 700 "$home"

echo "== Package $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Depends Recommends | sed -n '1,2p;4p'
echo "== Installing into the fresh root $root (dpkg-deb -x, then what postinst does)"
dpkg-deb -x "$deb" "$root"
mkdir -p "$root/usr/bin"
ln -s ../../opt/rendition/bin/rendition "$root/usr/bin/rendition"
launcher="$root/usr/bin/rendition"
du -sh "$root/opt/rendition"

javac -d "$guard" --release 17 -Xlint:-removal -XDsuppressNotes installer/lib/NetworkGuard.java
jar --create --file "$guard/guard.jar" -C "$guard" NetworkGuard.class
attempts="$work/network-attempts.log"
trace="$work/connect.trace"

cp installer/samples/ru.txt installer/samples/zh.txt "$work/"
# Everything below runs in new network and mount namespaces: no interfaces (not even loopback),
# and the installed tree bind-mounted read-only over itself.
offline() {
  unshare -n -m sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"' \
    sh "$root" \
    strace -f -qq -e trace=connect -o "$trace.$1" \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" DJL_CACHE_DIR="$cache" \
      JAVA_TOOL_OPTIONS="-Duser.home=$home -Xbootclasspath/a:$guard/guard.jar -Djava.security.manager=NetworkGuard -Dnetwork.guard.log=$attempts" \
      "$launcher" "${@:2}"
}
quiet() { grep -v '^Picked up JAVA_TOOL_OPTIONS\|^WARNING: .*Security Manager\|^WARNING: System::setSecurityManager' || true; }

failed=0
# The watch must see a deliberate connection, or its silence proves nothing.
unshare -n strace -f -qq -e trace=connect -o "$work/control.trace" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null || true
grep -qE 'connect\(.*AF_INET' "$work/control.trace" || { echo "FAIL strace did not see a deliberate connection" >&2; exit 1; }
echo "== unshare -n: network interfaces in the namespace"
unshare -n sh -c 'tail -n +3 /proc/net/dev | cut -d: -f1'
echo "== unshare -n: rendition doctor"
offline doctor doctor 2>&1 | quiet || failed=1
echo "== unshare -n: rendition translate --in ru.txt --model tiny-nllb"
if [ -d "$root/opt/rendition/lib/app/models/tiny-nllb" ]; then
  offline ru translate --in "$work/ru.txt" --model tiny-nllb 2>&1 | quiet || failed=1
fi
if [ -d "$root/opt/rendition/lib/app/models/tiny-marian-zh-en" ]; then
  echo "== unshare -n: rendition translate --in zh.txt --model tiny-marian-zh-en"
  offline zh translate --in "$work/zh.txt" --model tiny-marian-zh-en 2>&1 | quiet || failed=1
fi

echo "== Checks"
inet="$(cat "$trace".* | grep -E 'connect\(.*AF_INET6?' || true)"
if [ -n "$inet" ]; then echo "FAIL network connections attempted:"; echo "$inet"; failed=1
else echo "ok   no connect() to any IPv4/IPv6 address (strace saw: $(cat "$trace".* | grep -o 'sa_family=[A-Z0-9_]*' | sort | uniq -c | xargs echo) ; a deliberate one was seen)"; fi
# The JDK's font configuration names its cache file after this machine (InetAddress.getLocalHost);
# refused, it uses "localhost" instead. Not a connection, but listed so nothing is hidden.
own_name="$(cat /proc/sys/kernel/hostname) resolve from sun.font.FcFontConfiguration.getFcInfoFile"
touch "$attempts"
if grep -vxF "$own_name" "$attempts" | grep -q .; then
  echo "FAIL the JVM tried to use the network:"; grep -vxF "$own_name" "$attempts"; failed=1
else
  echo "ok   the JVM's security manager was asked for no network use ($(grep -cxF "$own_name" "$attempts" || true) refused lookups of this machine's own name by the JDK's font configuration)"
fi
if [ -n "$(ls -A "$cache")" ]; then echo "FAIL something was written to the DJL cache:"; find "$cache"; failed=1
else echo "ok   DJL cache still empty: native libraries were used where the package installed them"; fi
echo "ok   the installation was mounted read-only throughout"
echo "     files created in the empty HOME:"
(cd "$home" && find . -type f -printf '       %m %p\n')
db="$home/.local/share/rendition/rendition.db"
if [ "$(stat -c %a "$db" 2>/dev/null)" = 600 ]; then echo "ok   profile database $db is owner-only (600)"
else echo "FAIL profile database $db missing or not 600"; failed=1; fi

if [ "$failed" -ne 0 ]; then
  echo "VERDICT: FAILED"
  exit 1
fi
echo "VERDICT: the installed package works with no network"
