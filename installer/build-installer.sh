#!/usr/bin/env bash
# Builds the Linux installer: a trimmed Java runtime (jlink), an app image and a .deb (jpackage),
# carrying JavaFX, the DJL/PyTorch native libraries already unpacked, the starter glossaries and the
# model packs named on the command line (imported and verified by Rendition's own 'models import').
#
#   bash installer/build-installer.sh [--models DIR]... [--no-deb] [--skip-build]
#
#   --models DIR   a HuggingFace checkpoint folder or a model pack (a folder with manifest.json,
#                  e.g. from removable media); repeat for more. Packs are verified, partial copies
#                  refused. Without --models the package carries no model (import them later).
#   --no-deb       stop after the app image (target/installer/rendition)
#   --skip-build   reuse target/rendition.jar and target/lib instead of running Maven
#
# Output: target/installer/rendition/ (app image), target/installer/rendition_VERSION_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
export ENSURE_PACKAGING_TOOLS=1
source installer/lib/ensure-tools.sh

models=()
build_deb=1
build_jar=1
while [ $# -gt 0 ]; do
  case "$1" in
    --models) [ $# -ge 2 ] || { echo "--models needs a folder" >&2; exit 2; }
              models+=("$(cd "$2" && pwd)"); shift 2 ;;
    --no-deb) build_deb=0; shift ;;
    --skip-build) build_jar=0; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

started=$SECONDS
step() { echo "[$((SECONDS - started))s] $*"; }

# The package version: the Maven version without -SNAPSHOT (Debian and jpackage want digits).
version="$(sed -n 's|^  <version>\([0-9.]*\).*</version>|\1|p' pom.xml | head -1)"
out=target/installer
input="$out/input"        # becomes <install>/lib/app
runtime="$out/runtime"

if [ "$build_jar" -eq 1 ]; then
  step "Building rendition.jar (mvn -B -q package -DskipTests)"
  mvn -B -q -Dstyle.color=never package -DskipTests
fi
[ -f target/rendition.jar ] || { echo "target/rendition.jar is missing: build without --skip-build" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$input/lib"
cp target/rendition.jar "$input/"
cp target/lib/*.jar "$input/lib/"

step "Unpacking native libraries into the image (DJL engine cache layout)"
# ENGINE_CACHE_DIR from the caller's environment would win over the one PrepareNatives sets.
env -u ENGINE_CACHE_DIR -u DJL_CACHE_DIR java -cp 'target/lib/*' installer/lib/PrepareNatives.java \
    "$input/native" 2>&1 | grep -v 'CudaUtils\|Extracting\|Found matching platform' || true
torch_dir="$(ls -d "$input"/native/pytorch/*-cpu-linux-x86_64)"
[ -f "$torch_dir/libtorch_cpu.so" ] || { echo "libtorch was not unpacked" >&2; exit 1; }
# libtorch is now unpacked beside the jars; keep the jar's pytorch.properties (DJL reads the version
# from it) but not a second, compressed copy of the 450 MB library.
zip -q -d "$input"/lib/pytorch-native-cpu-*.jar 'pytorch/*'
# SQLite's JDBC driver otherwise unpacks its library into /tmp on every start.
mkdir -p "$input/native/sqlite"
unzip -q -j -o "$input"/lib/sqlite-jdbc-*.jar 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d "$input/native/sqlite"
# JavaFX loads its libraries from the folder of its jars before unpacking them into ~/.openjfx.
unzip -q -j -o "$input"/lib/javafx-graphics-*-linux.jar '*.so' -d "$input/lib"
# JNA (the OCR binding) likewise unpacks its dispatch library unless it finds it here.
mkdir -p "$input/native/jna"
unzip -q -j -o "$input"/lib/jna-*.jar 'com/sun/jna/linux-x86-64/libjnidispatch.so' -d "$input/native/jna"

cp -r glossaries "$input/glossaries"
mkdir -p "$input/models"
for folder in "${models[@]}"; do
  step "Importing model pack $folder"
  java -Dai.djl.offline=true -jar target/rendition.jar models import "$folder" --models-dir "$input/models"
done
if [ ${#models[@]} -gt 0 ]; then
  java -Dai.djl.offline=true -jar target/rendition.jar models verify --models-dir "$input/models"
fi

step "Finding the modules the application needs (jdeps)"
modules="$(jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$input/lib/*" "$input/rendition.jar")"
# jdeps cannot see what is loaded by name: legacy charsets for e-mail and Word files (KOI8-R,
# windows-1251...), the zip file system, and the locale data for the languages Rendition serves.
modules="$modules,jdk.charsets,jdk.zipfs,jdk.localedata,jdk.security.auth"
step "Linking the runtime: $modules"
jlink --add-modules "$modules" --include-locales=en,ru,uk,ar,fa,zh,he,ur \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$runtime"

# Options every launch gets. $APPDIR is jpackage's token for <install>/lib/app.
java_options=(
  -Drendition.home='$APPDIR'
  -DENGINE_CACHE_DIR='$APPDIR/native'
  -Dorg.sqlite.lib.path='$APPDIR/native/sqlite' -Dorg.sqlite.lib.name=libsqlitejdbc.so
  -Djna.boot.library.path='$APPDIR/native/jna' -Djna.nounpack=true
  -Dai.djl.offline=true -DPYTORCH_FLAVOR=cpu -DOPT_OUT_TRACKING=true
  -Xss4m
)
jpackage_options=()
for option in "${java_options[@]}"; do jpackage_options+=(--java-options "$option"); done

step "Packaging the app image (jpackage)"
jpackage --type app-image --name rendition --app-version "$version" \
    --vendor "Rendition project" --description "Offline translation workstation" \
    --input "$input" --main-jar rendition.jar --main-class org.rendition.Main \
    --runtime-image "$runtime" "${jpackage_options[@]}" --dest "$out"
# Native libraries must be readable by every user; nothing in the image needs to be writable.
chmod -R a+rX,go-w "$out/rendition"

if [ "$build_deb" -eq 1 ]; then
  step "Packaging the .deb (jpackage, dpkg-deb)"
  # OCR runs on the system's Tesseract and its language data (Apache-2.0, the packages
  # installer/lib/ensure-tools.sh installs): apt brings them from the same media as the .deb.
  deb_depends="fontconfig, libgtk-3-0 | libgtk-3-0t64, libxtst6, libgl1, libxxf86vm1, libtesseract5 | libtesseract4, $(IFS=,; echo "${OCR_PACKAGES[*]:1}" | sed 's/,/, /g')"
  # gzip: every dpkg reads it, and it takes ~40 s here where xz takes ~5 min for a .deb only 15%
  # smaller (most of the payload is jars, already compressed). DEB_COMPRESSOR=xz (or zstd, for
  # Debian 12 / Ubuntu 21.10 and later) overrides.
  DPKG_DEB_COMPRESSOR_TYPE="${DEB_COMPRESSOR:-gzip}" \
  jpackage --type deb --app-image "$out/rendition" --name rendition --app-version "$version" \
      --vendor "Rendition project" --description "Offline translation workstation" \
      --linux-package-name rendition --linux-deb-maintainer "rendition@localhost" \
      --linux-app-category text --linux-menu-group "Office" --linux-shortcut \
      --linux-package-deps "$deb_depends" \
      --resource-dir installer/linux --dest "$out"
fi

step "Done"
du -sh "$out/rendition" "$runtime" $( [ "$build_deb" -eq 1 ] && ls "$out"/*.deb )
