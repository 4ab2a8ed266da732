# Sourced by the installer scripts: makes sure a JDK 17+ and Maven are on this machine,
# installing them from Debian's packages when they are missing. With ENSURE_PACKAGING_TOOLS=1 also
# what build-installer.sh needs (jpackage comes with the JDK; dpkg-deb, fakeroot, zip, binutils).
apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing $* ..."
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

ensure_tools() {
  local need=()
  if ! command -v javac >/dev/null 2>&1 || \
     [ "$(javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')" -lt 17 ]; then
    need+=(openjdk-17-jdk-headless)
  fi
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  command -v unshare >/dev/null 2>&1 || need+=(util-linux)
  if [ "${ENSURE_PACKAGING_TOOLS:-0}" = 1 ]; then
    command -v jpackage >/dev/null 2>&1 || need+=(openjdk-17-jdk)
    command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg-dev)
    command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
    command -v objcopy >/dev/null 2>&1 || need+=(binutils)
    command -v zip >/dev/null 2>&1 || need+=(zip)
    command -v unzip >/dev/null 2>&1 || need+=(unzip)
  fi
  if [ ${#need[@]} -gt 0 ]; then
    apt_install "${need[@]}"
  fi
}

# 'rendition doctor' checks that Arabic and Chinese text can be shown. A missing font is not worth
# failing a build or a test run for (an air-gapped machine may have no package source): warn only.
ensure_fonts() {
  command -v fc-list >/dev/null 2>&1 || return 0
  local fonts=()
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || fonts+=(fonts-wqy-zenhei)
  [ -n "$(fc-list :lang=ar 2>/dev/null)" ] || fonts+=(fonts-dejavu-core)
  if [ ${#fonts[@]} -gt 0 ]; then
    apt_install "${fonts[@]}" || echo "Could not install ${fonts[*]}; 'rendition doctor' will say which script lacks a font." >&2
  fi
}

# The window (JavaFX 21 on GTK 3) loads these system libraries; a server install of Debian has none
# of them, and JavaFX then fails as if there were no display. Package names as in Debian 12; from
# Debian 13 GTK is libgtk-3-0t64. 'rendition doctor' checks the same libraries (DesktopLibraries).
DESKTOP_PACKAGES=(libgtk-3-0 libxtst6 libgl1 libxxf86vm1 libfreetype6 libfontconfig1 libpango-1.0-0)
ensure_desktop_libraries() {
  local need=() package
  for package in "${DESKTOP_PACKAGES[@]}"; do
    if [ "$package" = libgtk-3-0 ] && dpkg-query -W -f='${Status}' libgtk-3-0t64 2>/dev/null | grep -q "ok installed"; then
      continue
    fi
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || need+=("$package")
  done
  if [ ${#need[@]} -gt 0 ]; then
    if [[ " ${need[*]} " == *" libgtk-3-0 "* ]] && ! apt-cache show libgtk-3-0 >/dev/null 2>&1 \
       && apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then
      need=("${need[@]/#libgtk-3-0/libgtk-3-0t64}")
    fi
    apt_install "${need[@]}" || echo "Could not install ${need[*]}; the window will not open until they are installed (commands still work)." >&2
  fi
}

# A C compiler builds the small library that lets MKL use its vector kernels on AMD processors
# (engine.MklOnAmd, about twice the decoding speed there). Without one Rendition works, slower on
# AMD: a machine with no package source must not fail the build for it.
ensure_c_compiler() {
  [ -x /usr/bin/gcc ] && return 0
  apt_install gcc || echo "Could not install gcc; Rendition is built without the MKL library for AMD processors." >&2
}

# The team-server tests run against a real PostgreSQL (installer/lib/test-postgres.sh); pg_trgm is
# in the server package. Without a package source they skip, so this only warns.
ensure_postgres() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  apt_install postgresql postgresql-contrib || echo "Could not install postgresql; the team-server tests will skip." >&2
}

# OCR of scans and photographs (documents.ocr) uses Debian's Tesseract 5 and its trained language
# data, never downloaded at run time; the OCR measurement test also draws its pages with DejaVu
# (Cyrillic, Arabic) and WenQuanYi Zen Hei (Chinese). The installed .deb depends on the same packages.
OCR_PACKAGES=(tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-ukr
  tesseract-ocr-ara tesseract-ocr-fas tesseract-ocr-urd tesseract-ocr-chi-sim tesseract-ocr-chi-tra
  tesseract-ocr-heb)
ensure_ocr() {
  local need=() package
  for package in "${OCR_PACKAGES[@]}" fonts-dejavu-core fonts-wqy-zenhei; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || need+=("$package")
  done
  if [ ${#need[@]} -gt 0 ]; then
    apt_install "${need[@]}" || echo "Could not install ${need[*]}; OCR of scanned documents (and its tests) needs them." >&2
  fi
}

ensure_tools
ensure_c_compiler
ensure_ocr
