#!/usr/bin/env bash
# Installs what this machine lacks, builds Rendition, imports a model pack from ../shared (or the
# folder given) into models/, verifies it and translates a sample paragraph, all offline. It also
# installs the desktop libraries the window needs, so 'java -jar target/rendition.jar' opens it.
#   bash installer/setup-and-run.sh [CHECKPOINT_FOLDER] [SAMPLE_TEXT]
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/lib/ensure-tools.sh
ensure_fonts
ensure_desktop_libraries

checkpoint="${1:-../shared/models/tiny-nllb}"
sample="${2:-installer/samples/ru.txt}"
name="$(basename "$checkpoint" | tr 'A-Z' 'a-z')"

mvn -B -q -Dstyle.color=never package -DskipTests
rendition() { java -jar target/rendition.jar "$@"; }

if [ ! -f "models/$name/manifest.json" ]; then
  rendition models import "$checkpoint" --models-dir models
fi
rendition models verify "$name" --models-dir models
echo "--- $sample"
cat "$sample"
echo "--- translation"
rendition translate --in "$sample" --model "$name" --models-dir models
