#!/usr/bin/env bash
# Renders the main window (headless) and puts the picture where the README shows it. Run it when
# the window's look changes; a plain `mvn test` writes the picture under target/ only.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/lib/ensure-tools.sh
mvn -B -q test -Dtest=MainWindowScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false
cp target/screenshot-main-window.png docs/screenshot-main-window.png
echo "docs/screenshot-main-window.png updated; review it and commit it."
